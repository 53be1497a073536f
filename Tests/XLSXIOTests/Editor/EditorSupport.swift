import Foundation
@testable import XLSXIO

/// Helpers shared by the editor tests: building workbooks from parts, running the streaming
/// sheet editor on bytes, and reading every part of an output.
enum EditorSupport {
    /// Runs the streaming sheet editor over `xml`, feeding it `chunk` bytes at a time.
    static func editSheet(_ xml: String, plan: SheetEditPlan, chunk: Int = 1 << 20,
                          highlight: @escaping (Int, AnnotationSeverity) -> Int = { base, s in 100 + base * 10 + (s == .error ? 1 : 2) })
        throws -> (xml: String, outcome: SheetEditOutcome) {
        let bytes = Array(xml.utf8)
        var offset = 0
        let editor = SheetStreamEditor(plan: plan, file: "test.xlsx", highlight: highlight)
        let collector = ByteCollector()
        let outcome = try editor.run(reading: { (buffer) throws(XLSXError) -> Int in
            let n = min(chunk, buffer.count, bytes.count - offset)
            bytes.withUnsafeBytes { raw in
                if n > 0 { buffer.baseAddress!.copyMemory(from: raw.baseAddress!.advanced(by: offset), byteCount: n) }
            }
            offset += n
            return n
        }, into: collector)
        return (String(decoding: collector.bytes, as: UTF8.self), outcome)
    }

    /// A plan for a worksheet part with `targets` as (ref, severity).
    static func plan(_ targets: [(String, AnnotationSeverity)] = [], notesID: String? = nil, revert: SheetRecord? = nil,
                     deselect: Bool = false, removeLegacyDrawing: Bool = false) -> SheetEditPlan {
        var p = SheetEditPlan(part: "xl/worksheets/sheet1.xml", sheetName: "Sheet1",
                              relationshipsNamespace: TestWorkbook.relationshipNamespace)
        p.targets = targets.map { SheetCellTarget(ref: CellReference($0.0)!, severity: $0.1) }.sorted { $0.ref < $1.ref }
        p.legacyDrawingRelationshipID = notesID
        p.revert = revert
        p.deselectTabs = deselect
        p.removeEarlierLegacyDrawing = removeLegacyDrawing
        return p
    }

    /// Every entry of the archive at `path`, inflated.
    static func parts(_ path: String) throws -> [String: [UInt8]] {
        let archive = try ZipArchive(path: path)
        var out: [String: [UInt8]] = [:]
        for name in archive.entryNames { out[name] = try archive.read(name) }
        return out
    }

    /// One part of the archive at `path` as text.
    static func text(_ path: String, _ part: String) throws -> String {
        String(decoding: try ZipArchive(path: path).read(part), as: UTF8.self)
    }

    /// Every value the reader gives, per sheet name, keyed by cell.
    static func values(_ path: String) throws -> [String: [CellReference: CellValue]] {
        let book = try Workbook(path: path)
        var out: [String: [CellReference: CellValue]] = [:]
        for sheet in book.sheets where sheet.kind == .worksheet {
            let reader = try book.openSheet(sheet)
            var cells: [CellReference: CellValue] = [:]
            while let row = try reader.next() {
                for c in row.cells where c.value != .empty { cells[CellReference(row: row.index, column: c.column)] = c.value }
            }
            out[sheet.name] = cells
        }
        return out
    }

    /// A workbook with one worksheet whose `<sheetData>` holds `rows`, plus `extra` parts
    /// (name → text) replacing or adding to the minimal package.
    static func workbook(in folder: ScratchFolder, name: String = "book.xlsx", rows: String,
                         sheetXML: String? = nil, extra: [String: String] = [:]) throws -> String {
        var book = TestWorkbook(sheets: [(name: "Sheet1", rows: rows)])
        if let sheetXML { book.replace("xl/worksheets/sheet1.xml", text: sheetXML) }
        for (part, text) in extra.sorted(by: { $0.key < $1.key }) { book.replace(part, text: text) }
        return try folder.write(name, book.zipped)
    }

    /// Content types of the minimal test workbook plus `overrides` (part → type) and `defaults`.
    static func contentTypes(defaults: [String: String] = [:], overrides: [String: String] = [:]) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + defaults.sorted { $0.key < $1.key }.map { "<Default Extension=\"\($0.key)\" ContentType=\"\($0.value)\"/>" }.joined()
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + overrides.sorted { $0.key < $1.key }.map { "<Override PartName=\"\($0.key)\" ContentType=\"\($0.value)\"/>" }.joined()
            + "</Types>"
    }
}
