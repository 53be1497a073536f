import Foundation
import Testing
@testable import XLSXIO

@Suite("Editor: idempotence and clearing")
struct EditorIdempotenceTests {
    static let files = [
        "corpus/jmcnamara-comment01.xlsx", "corpus/apache-57181.xlsm", "corpus/apache-64759.xlsx",
        "corpus/tafia-richtext-namespaced.xlsx", "corpus/apache-SimpleStrict.xlsx", "corpus/jmcnamara-defined_name01.xlsx",
        "corpus/tafia-minimal_package.xlsx", "corpus/tafia-nonstandard-xml-ns-prefix.xlsx", "corpus/apache-WithChartSheet.xlsx",
    ]

    /// Two annotations per worksheet (the first sheet gets a note on an existing cell too).
    static func annotations(_ path: String) throws -> [CellAnnotation] {
        let book = try Workbook(path: path)
        return book.sheets.filter { $0.kind == .worksheet }.enumerated().flatMap { k, s in
            [CellAnnotation(sheet: s.name, cell: CellReference(row: 2 + k, column: 2), severity: .error, message: "Error on \(s.name)"),
             CellAnnotation(sheet: s.name, cell: CellReference(row: 40, column: 30), severity: .query, message: "Far away"),
             CellAnnotation(sheet: s.name, cell: CellReference(row: 2 + k, column: 2), severity: .info, message: "Second line")]
        }
    }

    static func summary(_ annotations: [CellAnnotation]) -> SummarySheet {
        SummarySheet(name: "Checks", columnWidths: [20, 8, 60],
                     rows: [[.text("Sheet", .header), .text("Cell", .header), .text("Message", .header)]]
                         + annotations.map { [.text($0.sheet, .plain), .link($0.cell.description, sheet: $0.sheet, cell: $0.cell), .text($0.message, .wrapped)] }
                         + [[.text("Total", .header), .number(Double(annotations.count))]],
                     frozenRows: 1)
    }

    /// Raw stored bytes and CRC of every entry.
    static func stored(_ path: String) throws -> [String: (UInt32, [UInt8])] {
        let archive = try ZipArchive(path: path)
        var out: [String: (UInt32, [UInt8])] = [:]
        for (i, name) in archive.entryNames.enumerated() { out[name] = (try archive.info(at: i).crc, try archive.storedBytes(at: i)) }
        return out
    }

    @Test(arguments: files)
    func annotatingTwiceEqualsAnnotatingOnceAndClearGivesBackTheOriginal(_ file: String) throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = FixturePaths.path(file)
        let ext = (file as NSString).pathExtension
        let notes = try Self.annotations(input)
        let once = folder.path + "/once." + ext, twice = folder.path + "/twice." + ext, cleared = folder.path + "/clear." + ext
        _ = try WorkbookAnnotator.annotate(input: input, output: once, annotations: notes, summary: Self.summary(notes))
        let report = try WorkbookAnnotator.annotate(input: once, output: twice, annotations: notes, summary: Self.summary(notes))
        #expect(report.removedEarlierAnnotations)
        let a = try Self.stored(once), b = try Self.stored(twice)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, entry) in a { #expect(b[name]?.0 == entry.0 && b[name]?.1 == entry.1, "entry \(name) differs") }
        #expect(try ZipArchive(path: once).entryNames == ZipArchive(path: twice).entryNames)

        _ = try WorkbookAnnotator.clear(input: once, output: cleared)
        let original = try EditorSupport.parts(input), back = try EditorSupport.parts(cleared)
        #expect(original.keys.sorted() == back.keys.sorted())
        for (name, bytes) in original { #expect(back[name] == bytes, "part \(name) was not restored") }
    }

    @Test func clearingAWorkbookSen2xlNeverAnnotatedChangesNothing() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = FixturePaths.path("corpus/apache-Tables.xlsx")
        let output = folder.path + "/out.xlsx"
        let report = try WorkbookAnnotator.clear(input: input, output: output)
        #expect(!report.removedEarlierAnnotations)
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == Data(contentsOf: URL(fileURLWithPath: input)))
    }

    @Test func reannotatingKeepsTheUsersEditsMadeSince() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = try EditorSupport.workbook(in: folder, rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>")
        let once = folder.path + "/once.xlsx"
        _ = try WorkbookAnnotator.annotate(input: input, output: once, annotations: [
            CellAnnotation(sheet: "Sheet1", cell: CellReference("A1")!, severity: .error, message: "Old finding"),
        ])
        // The user corrects B1 and adds a note of their own to B1 in the annotated copy.
        var parts = try EditorSupport.parts(once)
        let sheet = String(decoding: parts["xl/worksheets/sheet1.xml"]!, as: UTF8.self).replacingOccurrences(of: "<v>2</v>", with: "<v>20</v>")
        parts["xl/worksheets/sheet1.xml"] = Array(sheet.utf8)
        let comments = String(decoding: parts["xl/comments1.xml"]!, as: UTF8.self)
            .replacingOccurrences(of: "</commentList>", with: "<comment ref=\"B1\" authorId=\"0\"><text><t>Mine</t></text></comment></commentList>")
        parts["xl/comments1.xml"] = Array(comments.utf8)
        let edited = try folder.write("edited.xlsx", TestZip.archive(parts.keys.sorted().map { .stored($0, parts[$0]!) }))
        let twice = folder.path + "/twice.xlsx"
        _ = try WorkbookAnnotator.annotate(input: edited, output: twice, annotations: [
            CellAnnotation(sheet: "Sheet1", cell: CellReference("B1")!, severity: .query, message: "New finding"),
        ])
        let values = try EditorSupport.values(twice)["Sheet1"]!
        #expect(values[CellReference("B1")!] == .number(20))
        let after = try EditorSupport.text(twice, "xl/comments1.xml")
        #expect(!after.contains("Old finding"))
        #expect(after.contains("<t>Mine</t></r>") == false && after.contains("<t>Mine</t><r>"))
        #expect(after.contains("Query: New finding"))
        let sheetAfter = try EditorSupport.text(twice, "xl/worksheets/sheet1.xml")
        #expect(sheetAfter.contains("<c r=\"A1\"><v>1</v></c>"))
    }
}
