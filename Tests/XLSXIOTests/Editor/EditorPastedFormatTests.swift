import Foundation
import Testing
@testable import XLSXIO

/// A user who copies a highlighted cell's format to another cell makes sen2xl's added cell
/// format their own: undoing must keep it, so that cell neither points past the end of
/// `cellXfs` nor takes the next run's format.
@Suite("Editor: a highlight's format pasted elsewhere")
struct EditorPastedFormatTests {
    static func cellFormats(_ styles: String) throws -> [String] {
        let list = try #require(styles.range(of: "<cellXfs").flatMap { start in styles.range(of: "</cellXfs>").map { styles[start.lowerBound..<$0.upperBound] } })
        return list.replacingOccurrences(of: "</cellXfs>", with: "").components(separatedBy: "<xf ").dropFirst().map { "<xf " + $0 }
    }

    static func style(of cell: String, in sheet: String) throws -> Int {
        let tag = try #require(sheet.range(of: "<c r=\"\(cell)\"[^>]*>", options: .regularExpression).map { sheet[$0] })
        let s = try #require(tag.range(of: "s=\"[0-9]+\"", options: .regularExpression).map { tag[$0].dropFirst(3).dropLast() })
        return try #require(Int(s))
    }

    @Test func clearingAndAnnotatingAgainKeepTheFormatAPastedCellUses() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = FixturePaths.corpus("jmcnamara-comment01.xlsx")
        let once = folder.path + "/once.xlsx"
        _ = try WorkbookAnnotator.annotate(input: input, output: once,
                                           annotations: [CellAnnotation(sheet: "Sheet1", cell: CellReference("A1")!, severity: .error, message: "Bad")], summary: nil)
        var parts = try EditorSupport.parts(once)
        let sheet = String(decoding: parts["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
        let highlight = try Self.style(of: "A1", in: sheet)
        let look = try Self.cellFormats(String(decoding: parts["xl/styles.xml"]!, as: UTF8.self))[highlight]
        // What Format Painter leaves on an empty cell: the cell, with the copied format.
        let painted = sheet.replacingOccurrences(of: "<row r=\"2\" spans=\"1:2\"/>", with: "<row r=\"2\" spans=\"1:2\"><c r=\"B2\" s=\"\(highlight)\"/></row>")
        try #require(painted != sheet)
        parts["xl/worksheets/sheet1.xml"] = Array(painted.utf8)
        let pasted = try folder.write("pasted.xlsx", TestZip.archive(parts.sorted { $0.key < $1.key }.map { TestZip.Entry.stored($0.key, $0.value) }))

        for (name, notes) in [("clear.xlsx", nil), ("again.xlsx", [CellAnnotation(sheet: "Sheet1", cell: CellReference("C3")!, severity: .query, message: "Hm")])] {
            let output = folder.path + "/" + name
            if let notes {
                _ = try WorkbookAnnotator.annotate(input: pasted, output: output, annotations: notes, summary: nil)
            } else {
                _ = try WorkbookAnnotator.clear(input: pasted, output: output)
            }
            let formats = try Self.cellFormats(try EditorSupport.text(output, "xl/styles.xml"))
            let s = try Self.style(of: "B2", in: try EditorSupport.text(output, "xl/worksheets/sheet1.xml"))
            #expect(s == highlight && s < formats.count, "\(name): B2 lost its format")
            #expect(formats.indices.contains(s) && formats[s] == look, "\(name): B2 format \(formats[s]) differs from \(look)")
            #expect(try EditorSupport.text(output, "xl/styles.xml").contains("<cellXfs count=\"\(formats.count)\""))
        }
    }
}
