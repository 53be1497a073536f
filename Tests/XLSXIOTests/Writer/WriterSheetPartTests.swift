import Testing
@testable import XLSXIO

/// The worksheet part and its relationships: every feature written with the elements and
/// attributes Excel writes (compared with Excel-saved files), in CT_Worksheet order.
@Suite("Writer worksheet parts")
struct WriterSheetPartTests {
    /// ECMA-376 CT_Worksheet child order.
    static let worksheetOrder = [
        "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
        "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
        "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
        "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
        "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
    ]

    /// A sheet using every feature at once.
    static func everything(in scratch: WriterScratch) throws -> String {
        try WrittenWorkbook.make(in: scratch) { book, sheet in
            try sheet.writeRow(["Name", "Choice", "Link"], style: book.style(.bold))
            try sheet.writeRow(["a", "Yes", "web"])
            try sheet.setColumnWidth(20, column: 1)
            sheet.freezePanes(rows: 1, columns: 1)
            sheet.tabColor = .red
            sheet.setAutoFilter(CellRange("A1:C2")!)
            try sheet.merge(CellRange("D1:E1")!)
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("B2:B100")!], rule: .list(["Yes", "No"])))
            try sheet.addHyperlink(Hyperlink(cell: CellReference("C2")!, target: .url("https://example.org/a?b=1&c=2")))
            try sheet.addHyperlink(Hyperlink(cell: CellReference("C3")!, target: .cell(sheet: "Data", CellReference("A1")!)))
            try sheet.addNote(at: CellReference("A2")!, text: "A note")
            sheet.protect()
        }
    }

    @Test("children follow CT_Worksheet order with every feature present")
    func childOrder() throws {
        let scratch = try WriterScratch()
        let sheet = try WrittenWorkbook.part(try Self.everything(in: scratch), "xl/worksheets/sheet1.xml")
        let names = WrittenWorkbook.childNames(sheet)
        #expect(names == ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetProtection",
                          "autoFilter", "mergeCells", "dataValidations", "hyperlinks", "pageMargins", "legacyDrawing"])
        let positions = names.map { Self.worksheetOrder.firstIndex(of: $0) ?? -1 }
        #expect(positions == positions.sorted() && !positions.contains(-1))
    }

    @Test("a plain sheet matches the children of Excel's own plain sheet")
    func plainSheet() throws {
        let excel = try WrittenWorkbook.part(FixturePaths.corpus("jmcnamara-hyperlink01.xlsx"), "xl/worksheets/sheet1.xml")
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in try sheet.writeRow(["x"]) }
        let ours = try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml")
        #expect(WrittenWorkbook.childNames(ours) == WrittenWorkbook.childNames(excel).filter { $0 != "hyperlinks" })
        #expect(ours.child("dimension")?.attribute("ref") == "A1")
        #expect(ours.child("sheetViews")?.child("sheetView") == excel.child("sheetViews")?.child("sheetView"))
        #expect(ours.child("pageMargins") == excel.child("pageMargins"))
    }

    @Test("frozen header row: the same pane and selection as Excel's panes01")
    func panes() throws {
        let excel = try WrittenWorkbook.part(FixturePaths.corpus("jmcnamara-panes01.xlsx"), "xl/worksheets/sheet1.xml")
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in
            try sheet.writeRow(["Foo"])
            sheet.freezePanes(rows: 1)
        }
        let ours = try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml")
        #expect(ours.child("sheetViews") == excel.child("sheetViews"))
    }

    @Test("frozen rows and columns", arguments: [(0, 2, "C1", "topRight"), (3, 1, "B4", "bottomRight"), (2, 0, "A3", "bottomLeft")])
    func paneShapes(rows: Int, columns: Int, topLeft: String, active: String) throws {
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in sheet.freezePanes(rows: rows, columns: columns) }
        let view = try #require(try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml").child("sheetViews")?.child("sheetView"))
        let pane = try #require(view.child("pane"))
        #expect(pane.attribute("xSplit") == (columns > 0 ? String(columns) : nil))
        #expect(pane.attribute("ySplit") == (rows > 0 ? String(rows) : nil))
        #expect(pane.attribute("topLeftCell") == topLeft && pane.attribute("activePane") == active && pane.attribute("state") == "frozen")
        #expect(view.children("selection").last?.attribute("pane") == active)
    }

    @Test("autofilter: the element and the hidden _FilterDatabase name, as in Excel's autofilter01")
    func autofilter() throws {
        let excelSheet = try WrittenWorkbook.part(FixturePaths.corpus("jmcnamara-autofilter01.xlsx"), "xl/worksheets/sheet1.xml")
        let excelBook = try WrittenWorkbook.part(FixturePaths.corpus("jmcnamara-autofilter01.xlsx"), "xl/workbook.xml")
        let scratch = try WriterScratch()
        let path = scratch.file("f.xlsx")
        let book = try WorkbookWriter(path: path)
        let sheet = try book.addSheet(named: "Sheet1")
        for r in 1...51 { try sheet.writeRow([.string("r\(r)"), "b", .number(Double(r)), "d"]) }
        sheet.setAutoFilter(CellRange("A1:D51")!)
        try book.finish()
        #expect(try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml").child("autoFilter") == excelSheet.child("autoFilter"))
        #expect(try WrittenWorkbook.part(path, "xl/workbook.xml").child("definedNames") == excelBook.child("definedNames"))
    }

    @Test("list validations: the same element as Excel's data_validation01 and 02")
    func listValidation() throws {
        for (fixture, prompt) in [("jmcnamara-data_validation01.xlsx", nil),
                                  ("jmcnamara-data_validation02.xlsx", DataValidation.Prompt(title: "This is the input title", message: "This is the input message"))] {
            let excel = try WrittenWorkbook.part(FixturePaths.corpus(fixture), "xl/worksheets/sheet1.xml")
            let scratch = try WriterScratch()
            let path = try WrittenWorkbook.make(in: scratch) { _, sheet in
                try sheet.addDataValidation(DataValidation(ranges: [CellRange("C2")!], rule: .list(["Foo", "Bar", "Baz"]), prompt: prompt))
            }
            let ours = try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml")
            #expect(ours.child("dataValidations") == excel.child("dataValidations"), "\(fixture)")
        }
    }

    @Test("a list of exactly 255 characters stays inline, as in Excel's data_validation03")
    func longestInlineList() throws {
        let excel = try WrittenWorkbook.part(FixturePaths.corpus("jmcnamara-data_validation03.xlsx"), "xl/worksheets/sheet1.xml")
        let excelList = try #require(excel.child("dataValidations")?.children("dataValidation").last)
        let formula = excelList.child("formula1")?.text ?? ""
        let values = formula.dropFirst().dropLast().split(separator: ",").map(String.init)
        #expect(values.joined(separator: ",").count == 255)
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("D6")!], rule: .list(values),
                prompt: .init(title: excelList.attribute("promptTitle") ?? "", message: excelList.attribute("prompt") ?? "")))
        }
        let ours = try #require(try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml").child("dataValidations")?.child("dataValidation"))
        #expect(ours == excelList)
        #expect(try Workbook(path: path).sheets.count == 1, "no lists sheet for a list that fits")
    }

    @Test("a list longer than 255 characters goes to a very hidden Lists sheet through a defined name")
    func longList() throws {
        let scratch = try WriterScratch()
        let authorities = (1...60).map { "Local authority number \($0)" }
        let path = try WrittenWorkbook.make(in: scratch) { book, sheet in
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("A2:A500")!], rule: .list(authorities)))
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("B2:B500")!], rule: .list(["a,b", "c"])))
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("C2:C500")!], rule: .list(authorities)))
            _ = book
        }
        let book = try Workbook(path: path)
        #expect(book.sheets.map(\.name) == ["Data", "Lists"])
        #expect(book.sheets[1].state == .veryHidden)
        let lists = try WrittenWorkbook.cells(path, sheet: "Lists")
        #expect((1...60).allSatisfy { lists[CellReference(row: $0, column: 1)] == .string(authorities[$0 - 1]) })
        #expect(lists[CellReference(row: 1, column: 2)] == .string("a,b"))
        #expect(lists[CellReference(row: 3, column: 1)] != nil && lists[CellReference(row: 1, column: 3)] == nil, "repeated lists share a column")
        let names = book.workbookXML.child("definedNames")?.children("definedName") ?? []
        let byName = Dictionary(uniqueKeysWithValues: names.map { ($0.attribute("name") ?? "", $0.text) })
        #expect(byName["sen2xl_list_1"] == "Lists!$A$1:$A$60")
        #expect(byName["sen2xl_list_2"] == "Lists!$B$1:$B$2")
        let validations = try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml").child("dataValidations")?.children("dataValidation") ?? []
        #expect(validations.map { $0.child("formula1")?.text } == ["sen2xl_list_1", "sen2xl_list_2", "sen2xl_list_1"])
        #expect(validations.allSatisfy { $0.attribute("type") == "list" })
    }

    @Test("number, date and text-length validations with their operators, prompts and alerts")
    func otherValidations() throws {
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("A1:A9")!], rule: .wholeNumber(.between(0, 25)),
                error: .init(style: .warning, title: "Age", message: "0 to 25")))
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("B1")!, CellRange("B3:B4")!], rule: .decimal(.greaterThanOrEqual(0.5))))
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("C1")!],
                rule: .date(.between(CalendarDate(year: 2000, month: 1, day: 1), CalendarDate(year: 2025, month: 8, day: 31))),
                error: .init(style: .information, message: "Check the date")))
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("D1")!], rule: .textLength(.lessThanOrEqual(13)), allowBlank: false,
                prompt: .init(message: "13 characters\nat most")))
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("E1")!], rule: .list(["x"]), showDropdown: false))
        }
        let v = try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml").child("dataValidations")?.children("dataValidation") ?? []
        #expect(v.count == 5)
        #expect(v[0].attribute("type") == "whole" && v[0].attribute("operator") == nil && v[0].attribute("errorStyle") == "warning")
        #expect(v[0].child("formula1")?.text == "0" && v[0].child("formula2")?.text == "25" && v[0].attribute("errorTitle") == "Age")
        #expect(v[1].attribute("type") == "decimal" && v[1].attribute("operator") == "greaterThanOrEqual" && v[1].child("formula1")?.text == "0.5")
        #expect(v[1].attribute("sqref") == "B1 B3:B4")
        #expect(v[2].attribute("type") == "date" && v[2].child("formula1")?.text == "36526" && v[2].child("formula2")?.text == "45900")
        #expect(v[2].attribute("errorStyle") == "information" && v[2].attribute("error") == "Check the date")
        #expect(v[3].attribute("type") == "textLength" && v[3].attribute("allowBlank") == nil && v[3].attribute("prompt") == "13 characters\nat most")
        #expect(v[4].attribute("showDropDown") == "1")
    }

    @Test("hyperlinks: external through a relationship as in Excel's hyperlink01, internal by location")
    func hyperlinks() throws {
        let excelRels = try WrittenWorkbook.part(FixturePaths.corpus("jmcnamara-hyperlink01.xlsx"), "xl/worksheets/_rels/sheet1.xml.rels")
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in
            try sheet.writeRow(["http://www.perl.org/"], style: .standard)
            try sheet.addHyperlink(Hyperlink(cell: CellReference("A1")!, target: .url("http://www.perl.org/")))
            try sheet.addHyperlink(Hyperlink(cell: CellReference("A2")!, target: .cell(sheet: "My data", CellReference("B7")!), tooltip: "Go"))
            try sheet.addHyperlink(Hyperlink(cell: CellReference("A3")!, target: .location("#Summary!A1")))
        }
        #expect(try WrittenWorkbook.part(path, "xl/worksheets/_rels/sheet1.xml.rels") == excelRels)
        let links = try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml").child("hyperlinks")?.children("hyperlink") ?? []
        #expect(links.count == 3)
        #expect(links[0].attribute("ref") == "A1" && links[0].attribute("id", namespaceEndingWith: "relationships") == "rId1")
        #expect(links[1].attribute("location") == "'My data'!B7" && links[1].attribute("tooltip") == "Go")
        #expect(links[2].attribute("location") == "Summary!A1")
    }

    @Test("column widths are stored as Excel stores them, adjacent equal columns in one element")
    func columns() throws {
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in
            try sheet.setColumnWidth(8.43, columns: 1...3)
            try sheet.setColumnWidth(20, column: 5)
            try sheet.hideColumns(6...6)
        }
        let cols = try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml").child("cols")?.children("col") ?? []
        #expect(cols.map { [$0.attribute("min"), $0.attribute("max"), $0.attribute("width"), $0.attribute("hidden")] } == [
            ["1", "3", "9.140625", nil], ["5", "5", "20.7109375", nil], ["6", "6", "9.140625", "1"],
        ])
    }

    @Test("merged cells")
    func merges() throws {
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in
            try sheet.merge(CellRange("A1:C1")!)
            try sheet.merge(CellRange("B3:B9")!)
        }
        let merges = try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml").child("mergeCells")
        #expect(merges?.attribute("count") == "2")
        #expect(merges?.children("mergeCell").map { $0.attribute("ref") } == ["A1:C1", "B3:B9"])
    }
}
