import Foundation
import Testing
@testable import XLSXIO

/// The acceptance check inside the suite: for every corpus workbook the reader opens,
/// annotate three cells on each worksheet and check that nothing else changed.
@Suite("Editor: corpus acceptance")
struct EditorCorpusTests {
    /// Corpus files whose content is a reference bomb; another test covers them.
    static let skipped: Set<String> = ["corpus/apache-poc-shared-strings.xlsx"]

    static var files: [String] {
        FixturePaths.workbooks(in: "corpus").filter { !skipped.contains($0) && (try? Workbook(path: FixturePaths.path($0))) != nil }
    }

    /// Cells that already have a note, per sheet part.
    static func notedCells(_ book: Workbook, _ sheet: SheetInfo) throws -> [CellReference] {
        let rels = try Relationships.read(for: sheet.part, in: book.archive)
        guard let part = rels.first(ofType: "comments")?.resolvedPart, book.archive.contains(part) else { return [] }
        let root = try XMLTreeElement.parse(bytes: try book.archive.read(part), part: part)
        return (root.child("commentList")?.children("comment") ?? []).compactMap { $0.attribute("ref").flatMap(CellReference.init) }
    }

    /// On each readable worksheet: an existing cell (a date where there is one), an empty cell
    /// beyond the used range, and a cell with a note where one exists.
    static func annotations(_ book: Workbook) throws -> [CellAnnotation] {
        var out: [CellAnnotation] = []
        for sheet in book.sheets where sheet.kind == .worksheet {
            guard let reader = try? book.openSheet(sheet) else { continue }
            var first: CellReference?, dated: CellReference?
            var last = CellReference(row: 1, column: 1)
            do {
                while let row = try reader.next() {
                    for c in row.cells where c.value != .empty {
                        let ref = CellReference(row: row.index, column: c.column)
                        if first == nil { first = ref }
                        if dated == nil, case .dateTime = c.value { dated = ref }
                        last = CellReference(row: max(last.row, ref.row), column: max(last.column, ref.column))
                    }
                }
            } catch { continue }
            if let used = try book.dimension(of: sheet).flatMap({ $0.split(separator: ":").last }).flatMap({ CellReference(String($0)) }) {
                last = CellReference(row: max(last.row, used.row), column: max(last.column, used.column))
            }
            if let cell = dated ?? first { out.append(CellAnnotation(sheet: sheet.name, cell: cell, severity: .error, message: "Existing cell")) }
            let beyond = CellReference(row: min(last.row + 2, CellReference.maxRow), column: min(last.column + 1, CellReference.maxColumn))
            out.append(CellAnnotation(sheet: sheet.name, cell: beyond, severity: .query, message: "Empty cell"))
            if let noted = try notedCells(book, sheet).first {
                out.append(CellAnnotation(sheet: sheet.name, cell: noted, severity: .info, message: "Beside an existing note"))
            }
        }
        return out
    }

    @Test(arguments: files)
    func annotatesWithoutChangingAnythingElse(_ file: String) throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = FixturePaths.path(file)
        let book = try Workbook(path: input)
        let notes = try Self.annotations(book)
        let output = folder.path + "/out." + (file as NSString).pathExtension
        let report = try WorkbookAnnotator.annotate(input: input, output: output, annotations: notes)
        #expect(report.annotatedCells == Set(notes.map { "\($0.sheet)!\($0.cell)" }).count)

        // No Zip64 record and "version needed" 2.0 on anything sen2xl wrote (Excel and older
        // LibreOffice refuse Zip64 in small files); copied entries keep their own headers.
        let inputHeaders = Dictionary(try EditorZipHeaders.entries(input).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for entry in try EditorZipHeaders.entries(output) {
            let old = inputHeaders[entry.name]
            #expect(!entry.hasZip64Extra || old?.hasZip64Extra == true, "\(entry.name) has a Zip64 extra field")
            #expect(entry.versionNeeded <= 20 || (old?.versionNeeded ?? 0) >= entry.versionNeeded, "\(entry.name) needs version \(entry.versionNeeded)")
        }

        // Every entry whose content did not change is stored byte for byte as it was.
        let before = try ZipArchive(path: input), after = try ZipArchive(path: output)
        for (i, name) in before.entryNames.enumerated() {
            let j = try #require(after.index(of: name), "entry \(name) is missing")
            let a = try before.info(at: i), b = try after.info(at: j)
            guard a.crc == b.crc, a.size == b.size else { continue }
            let same = try a.compressedSize == b.compressedSize && before.storedBytes(at: i) == after.storedBytes(at: j)
            #expect(same, "entry \(name) is unchanged but was re-stored")
        }
        // The reader gives the same value for every cell the original had.
        let original = try Workbook(path: output)
        for sheet in book.sheets where sheet.kind == .worksheet {
            guard let a = try? book.openSheet(sheet), let b = try? original.openSheet(sheet) else { continue }
            var old: [CellReference: CellValue] = [:], new: [CellReference: CellValue] = [:]
            do {
                while let row = try a.next() { for c in row.cells { old[CellReference(row: row.index, column: c.column)] = c.value } }
            } catch { continue }
            while let row = try b.next() { for c in row.cells { new[CellReference(row: row.index, column: c.column)] = c.value } }
            for (ref, value) in old where value != .empty {
                #expect(new[ref] == value, "\(sheet.name)!\(ref) changed")
            }
        }
    }
}
