import Foundation
import Testing
@testable import XLSXIO

/// The package-level parts: content types, relationships, workbook, properties.
@Suite("Writer package parts")
struct WriterPackagePartTests {
    static func twoSheetsWithNotes(in scratch: WriterScratch) throws -> String {
        let path = scratch.file("book.xlsx")
        let book = try WorkbookWriter(path: path)
        book.properties = DocumentProperties(title: "SEN2 <draft>", created: Date(timeIntervalSince1970: 1_700_000_000))
        let first = try book.addSheet(named: "First")
        try first.writeRow(["a"])
        try first.addNote(at: CellReference("A1")!, text: "one")
        let hidden = try book.addSheet(named: "Hidden")
        hidden.state = .hidden
        let second = try book.addSheet(named: "Second sheet")
        try second.writeRow(["b"])
        try second.addNote(at: CellReference("B2")!, text: "two")
        book.activeSheet = second
        try book.defineName("Start", refersTo: "=First!$A$1")
        try book.defineName("Local", refersTo: "'Second sheet'!$A$1", sheet: second)
        try book.finish()
        return path
    }

    @Test("content types: one vml default, an override for every part, nothing for parts that do not exist")
    func contentTypes() throws {
        let scratch = try WriterScratch()
        let path = try Self.twoSheetsWithNotes(in: scratch)
        let types = try WrittenWorkbook.part(path, "[Content_Types].xml")
        let defaults = types.children("Default").map { $0.attribute("Extension") ?? "" }
        #expect(defaults == ["rels", "xml", "vml"])
        let overrides = Set(types.children("Override").map { $0.attribute("PartName") ?? "" })
        let archive = try ZipArchive(path: path)
        let xmlParts = Set(archive.entryNames.filter { $0.hasSuffix(".xml") && $0 != "[Content_Types].xml" }.map { "/" + $0 })
        #expect(overrides == xmlParts)
        #expect(archive.entryNames.first == "[Content_Types].xml")

        let plain = try WrittenWorkbook.make(in: scratch, name: "plain.xlsx") { _, sheet in try sheet.writeRow([1]) }
        let plainTypes = try WrittenWorkbook.part(plain, "[Content_Types].xml")
        #expect(plainTypes.children("Default").count == 2, "no vml default without notes")
        #expect(!(try ZipArchive(path: plain).contains("xl/sharedStrings.xml")), "no string table without strings")
        #expect(!plainTypes.children("Override").contains { $0.attribute("PartName") == "/xl/sharedStrings.xml" })
    }

    @Test("every relationship points at a part that exists")
    func relationships() throws {
        let scratch = try WriterScratch()
        let path = try Self.twoSheetsWithNotes(in: scratch)
        let archive = try ZipArchive(path: path)
        for rels in archive.entryNames where rels.hasSuffix(".rels") {
            let source = rels == "_rels/.rels" ? "" : rels.replacingOccurrences(of: "_rels/", with: "").replacingOccurrences(of: ".rels", with: "")
            let parsed = try Relationships.read(for: source, in: archive)
            #expect(!parsed.entries.isEmpty)
            for r in parsed.entries where !r.isExternal {
                #expect(archive.contains(r.resolvedPart ?? "?"), "\(rels) → \(r.target)")
            }
        }
    }

    @Test("workbook: sheets in order with states, the active tab, names in Excel's order")
    func workbook() throws {
        let scratch = try WriterScratch()
        let path = try Self.twoSheetsWithNotes(in: scratch)
        let book = try Workbook(path: path)
        #expect(book.sheets.map(\.name) == ["First", "Hidden", "Second sheet"])
        #expect(book.sheets.map(\.state) == [.visible, .hidden, .visible])
        let xml = book.workbookXML
        #expect(xml.child("bookViews")?.child("workbookView")?.attribute("activeTab") == "2")
        let names = xml.child("definedNames")?.children("definedName") ?? []
        #expect(names.map { $0.attribute("name") } == ["Local", "Start"])
        #expect(names.map { $0.attribute("localSheetId") } == ["2", nil])
        #expect(names.map(\.text) == ["'Second sheet'!$A$1", "First!$A$1"])
        let views = try book.sheets.map { s in try WrittenWorkbook.part(path, s.part).child("sheetViews")?.child("sheetView")?.attribute("tabSelected") }
        #expect(views == [nil, nil, "1"])
        #expect(WrittenWorkbook.childNames(xml) == ["workbookPr", "bookViews", "sheets", "definedNames", "calcPr"])
    }

    @Test("a one-sheet workbook part has the elements of Excel's own (comment01), without a theme")
    func plainWorkbookLikeExcel() throws {
        let excel = try WrittenWorkbook.part(FixturePaths.corpus("jmcnamara-comment01.xlsx"), "xl/workbook.xml")
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in try sheet.writeRow(["x"]) }
        let ours = try WrittenWorkbook.part(path, "xl/workbook.xml")
        #expect(WrittenWorkbook.childNames(ours) == WrittenWorkbook.childNames(excel).filter { $0 != "fileVersion" })
        #expect(ours.child("bookViews") == excel.child("bookViews"))
        #expect(ours.child("calcPr") == excel.child("calcPr"))
        #expect(ours.child("sheets")?.child("sheet")?.attributes.map(\.name) == excel.child("sheets")?.child("sheet")?.attributes.map(\.name))
    }

    @Test("package relationships and a one-string table are those of Excel's comment01")
    func rootRelationshipsAndStrings() throws {
        let fixture = FixturePaths.corpus("jmcnamara-comment01.xlsx")
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in try sheet.writeRow(["Foo"]) }
        func relationships(_ file: String) throws -> Set<[String?]> {
            Set(try WrittenWorkbook.part(file, "_rels/.rels").children.map { [$0.attribute("Id"), $0.attribute("Type"), $0.attribute("Target")] })
        }
        #expect(try relationships(path) == relationships(fixture))
        #expect(try WrittenWorkbook.part(path, "xl/sharedStrings.xml") == WrittenWorkbook.part(fixture, "xl/sharedStrings.xml"))
        let workbookRels = try WrittenWorkbook.part(path, "xl/_rels/workbook.xml.rels").children.map { $0.attribute("Target") }
        #expect(workbookRels == ["worksheets/sheet1.xml", "styles.xml", "sharedStrings.xml"])
    }

    @Test("defined names in both scopes have the shape of Excel's defined_name01")
    func definedNamesLikeExcel() throws {
        let excel = try Workbook(path: FixturePaths.corpus("jmcnamara-defined_name01.xlsx"))
        let scratch = try WriterScratch()
        let path = scratch.file("names.xlsx")
        let book = try WorkbookWriter(path: path)
        let sheets = try ["Sheet1", "Sheet2", "Sheet 3"].map { n throws(XLSXError) in try book.addSheet(named: n) }
        try book.defineName("_Egg", refersTo: "=Sheet1!$A$1")
        try book.defineName("_Fog", refersTo: "=Sheet1!$A$1")
        try book.defineName("aaa", refersTo: "=Sheet2!$A$1", sheet: sheets[1])
        try book.defineName("Abc", refersTo: "=Sheet1!$A$1")
        try book.defineName("Bar", refersTo: "='Sheet 3'!$A$1", sheet: sheets[2])
        try book.defineName("Bar", refersTo: "=Sheet1!$A$1", sheet: sheets[0])
        try book.defineName("Bar", refersTo: "=Sheet2!$A$1", sheet: sheets[1])
        try book.defineName("Baz", refersTo: "0.98")
        sheets[0].setAutoFilter(CellRange("F1:G1")!)
        try book.finish()
        func summary(_ xml: XMLTreeElement) -> [[String?]] {
            (xml.child("definedNames")?.children("definedName") ?? [])
                .filter { $0.attribute("name") != "_xlnm.Print_Area" }
                .map { [$0.attribute("name"), $0.attribute("localSheetId"), $0.attribute("hidden"), $0.text] }
                .sorted { ($0[0] ?? "", $0[1] ?? "") < ($1[0] ?? "", $1[1] ?? "") }
        }
        #expect(summary(try Workbook(path: path).workbookXML) == summary(excel.workbookXML))
    }

    @Test("document properties: title, creator sen2xl, created time in UTC")
    func properties() throws {
        let scratch = try WriterScratch()
        let path = try Self.twoSheetsWithNotes(in: scratch)
        let core = try WrittenWorkbook.part(path, "docProps/core.xml")
        #expect(core.child("title")?.text == "SEN2 <draft>")
        #expect(core.child("creator")?.text == "sen2xl")
        #expect(core.child("created")?.text == "2023-11-14T22:13:20Z")
        let app = try WrittenWorkbook.part(path, "docProps/app.xml")
        #expect(app.child("Application")?.text == "sen2xl")
        #expect(app.child("TitlesOfParts")?.child("vector")?.children.map(\.text) == ["First", "Hidden", "Second sheet"])
    }

    @Test("the same content gives the same bytes")
    func deterministic() throws {
        let scratch = try WriterScratch()
        func write(_ name: String) throws -> Data {
            let path = scratch.file(name)
            let book = try WorkbookWriter(path: path)
            book.properties.created = Date(timeIntervalSince1970: 0)
            let sheet = try book.addSheet(named: "S")
            for r in 1...500 { try sheet.writeRow([.number(Double(r)), .string("row \(r % 7)"), .date(CalendarDate(daysSinceEpoch: r))]) }
            try sheet.addNote(at: CellReference("A1")!, text: "n")
            try book.finish()
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        #expect(try write("one.xlsx") == write("two.xlsx"))
    }
}
