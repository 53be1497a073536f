import Foundation
import Testing
@testable import XLSXIO

/// Notes: the comments part, the VML drawing, their relationships and content types, compared
/// with Excel's comment01; box sizes that fit the text; shape ids unique across the workbook.
@Suite("Writer notes")
struct WriterNotesTests {
    /// `margin-left:107.25pt;…` as a dictionary.
    static func css(_ style: String) -> [String: String] {
        var result: [String: String] = [:]
        for item in style.split(separator: ";") {
            let pair = item.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if pair.count == 2 { result[pair[0]] = pair[1] }
        }
        return result
    }

    static func anchor(_ shape: XMLTreeElement) -> [Int] {
        (shape.child("ClientData")?.child("Anchor")?.text ?? "").split(separator: ",")
            .compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    @Test("a note on B2 gives the parts of Excel's comment01")
    func likeExcel() throws {
        let fixture = FixturePaths.corpus("jmcnamara-comment01.xlsx")
        let scratch = try WriterScratch()
        let path = scratch.file("c.xlsx")
        let book = try WorkbookWriter(path: path)
        let sheet = try book.addSheet(named: "Sheet1")
        try sheet.writeRow(["Foo"])
        try sheet.addNote(at: CellReference("B2")!, text: "Some text", author: "John")
        try book.finish()

        #expect(try WrittenWorkbook.part(path, "xl/comments1.xml") == WrittenWorkbook.part(fixture, "xl/comments1.xml"))
        func relationships(_ file: String) throws -> Set<[String?]> {
            Set(try WrittenWorkbook.part(file, "xl/worksheets/_rels/sheet1.xml.rels").children
                .map { [$0.attribute("Id"), $0.attribute("Type"), $0.attribute("Target")] })
        }
        #expect(try relationships(path) == relationships(fixture))
        let ourSheet = try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml")
        let excelSheet = try WrittenWorkbook.part(fixture, "xl/worksheets/sheet1.xml")
        #expect(ourSheet.child("legacyDrawing") == excelSheet.child("legacyDrawing"))
        #expect(WrittenWorkbook.childNames(ourSheet).last == "legacyDrawing")

        let ourVML = try WrittenWorkbook.part(path, "xl/drawings/vmlDrawing1.vml")
        let excelVML = try WrittenWorkbook.part(fixture, "xl/drawings/vmlDrawing1.vml")
        #expect(WrittenWorkbook.childNames(ourVML) == WrittenWorkbook.childNames(excelVML))
        #expect(ourVML.child("shapelayout").map(WrittenWorkbook.trimmed) == excelVML.child("shapelayout").map(WrittenWorkbook.trimmed))
        let ours = try #require(ourVML.child("shape"))
        let excel = try #require(excelVML.child("shape"))
        #expect(ours.attribute("id") == excel.attribute("id"))
        #expect(Self.anchor(ours) == Self.anchor(excel))
        #expect(Self.css(ours.attribute("style") ?? "") == Self.css(excel.attribute("style") ?? ""))
        #expect(WrittenWorkbook.childNames(ours) == WrittenWorkbook.childNames(excel))
        #expect(ours.child("ClientData")?.children.map(\.name) == excel.child("ClientData")?.children.map(\.name))
        #expect(ours.child("ClientData")?.child("Row")?.text == "1" && ours.child("ClientData")?.child("Column")?.text == "1")

        let types = try WrittenWorkbook.part(path, "[Content_Types].xml")
        let excelTypes = try WrittenWorkbook.part(fixture, "[Content_Types].xml")
        func notesTypes(_ t: XMLTreeElement) -> Set<String> {
            Set(t.children.filter { $0.attribute("Extension") == "vml" || $0.attribute("PartName") == "/xl/comments1.xml" }
                .map { ($0.attribute("Extension") ?? $0.attribute("PartName") ?? "") + "=" + ($0.attribute("ContentType") ?? "") })
        }
        #expect(notesTypes(types) == notesTypes(excelTypes))
    }

    @Test("a long note gets a box that fits it, and the CSS size and the anchor agree",
          arguments: [String(repeating: "Check the UPN: it must be 13 characters. ", count: 6),
                      "Line one\nLine two\nLine three\nLine four\nLine five\nLine six\nLine seven", "short"])
    func boxFits(text: String) throws {
        let widths: [Int: Double] = [3: 30, 4: 90]
        let box = NoteBox.fitting(text: text, at: CellReference("B5")!, columnWidthsInPoints: widths, rowHeightsInPoints: [5: 30])
        let (wpx, hpx) = NoteBox.sizeInPixels(for: text)
        #expect(box.widthPoints == Double(wpx) * 0.75 && box.heightPoints == Double(hpx) * 0.75)
        #expect(wpx >= 128 && hpx >= 74)
        if text.count > 100 { #expect(hpx > 74, "a long text needs a taller box") }
        if text.contains("\n") { #expect(hpx >= 7 * NoteBox.lineHeightPixels) }
        let a = box.anchor
        #expect(a.count == 8)
        func columnPixels(_ c0: Int) -> Int { widths[c0 + 1].map { Int(($0 * 4 / 3).rounded()) } ?? 64 }
        func rowPixels(_ r0: Int) -> Int { r0 == 4 ? 40 : 20 }
        let spanX = (a[0]..<a[4]).reduce(0) { $0 + columnPixels($1) } - a[1] + a[5]
        let spanY = (a[2]..<a[6]).reduce(0) { $0 + rowPixels($1) } - a[3] + a[7]
        #expect(spanX == wpx && spanY == hpx)
        #expect(box.leftPoints == Double(64 + 64 + 15) * 0.75, "one column right of B, 15 px in")
        #expect(box.topPoints == Double(3 * 20 + 10) * 0.75, "10 px into the row above")
        #expect(a[0] == 2 && a[2] == 3)
    }

    @Test("a note on row 1 starts in row 1")
    func firstRow() {
        let box = NoteBox.fitting(text: "x", at: CellReference("A1")!)
        #expect(box.anchor == [1, 15, 0, 2, 3, 15, 3, 16])
        #expect(box.topPoints == 1.5)
    }

    @Test("shape ids and idmaps are unique across sheets, with a second block past 1024 notes")
    func uniqueIDs() throws {
        let scratch = try WriterScratch()
        let path = scratch.file("many.xlsx")
        let book = try WorkbookWriter(path: path)
        let big = try book.addSheet(named: "Big")
        for r in 1...1030 { try big.addNote(at: CellReference(row: r, column: 1), text: "n\(r)") }
        let plain = try book.addSheet(named: "Plain")
        try plain.writeRow(["none"])
        let small = try book.addSheet(named: "Small")
        try small.addNote(at: CellReference("C3")!, text: "visible", visible: true)
        try book.finish()

        let first = try WrittenWorkbook.part(path, "xl/drawings/vmlDrawing1.vml")
        let second = try WrittenWorkbook.part(path, "xl/drawings/vmlDrawing2.vml")
        #expect(first.child("shapelayout")?.child("idmap")?.attribute("data") == "1,2")
        #expect(second.child("shapelayout")?.child("idmap")?.attribute("data") == "3")
        let ids = (first.children("shape") + second.children("shape")).compactMap { $0.attribute("id") }
        #expect(ids.count == 1031 && Set(ids).count == 1031)
        #expect(ids.first == "_x0000_s1025" && ids[1024] == "_x0000_s2049" && ids.last == "_x0000_s3073")
        let comments = try WrittenWorkbook.part(path, "xl/comments1.xml").child("commentList")?.children("comment") ?? []
        #expect(comments.count == 1030 && Set(comments.compactMap { $0.attribute("ref") }).count == 1030)
        let visible = try #require(second.child("shape"))
        #expect(Self.css(visible.attribute("style") ?? "")["visibility"] == "visible")
        #expect(visible.child("ClientData")?.child("Visible") != nil)
        let rels = try WrittenWorkbook.part(path, "xl/worksheets/_rels/sheet3.xml.rels").children.compactMap { $0.attribute("Target") }
        #expect(Set(rels) == ["../drawings/vmlDrawing2.vml", "../comments2.xml"])
        #expect(!(try ZipArchive(path: path).contains("xl/worksheets/_rels/sheet2.xml.rels")))
    }

    @Test("note text keeps line breaks, markup characters and control characters")
    func noteText() throws {
        let scratch = try WriterScratch()
        let text = " Two <lines> & more\nsecond\u{07}line "
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in
            try sheet.addNote(at: CellReference("A1")!, text: text, author: "A & B")
        }
        let comments = try WrittenWorkbook.part(path, "xl/comments1.xml")
        #expect(comments.child("authors")?.child("author")?.text == "A & B")
        let t = try #require(comments.child("commentList")?.child("comment")?.child("text")?.child("r")?.child("t"))
        #expect(OOXMLEscapes.decode(t.text) == text)
        #expect(t.attribute("space", namespaceEndingWith: "XML/1998/namespace") == "preserve")
    }
}
