import Testing
@testable import XLSXIO

/// Styles: deduplicated into the style tables, written the way Excel writes them, and found
/// again on the cells that use them.
@Suite("Writer styles")
struct WriterStyleTests {
    /// What `styles.xml` says about one cell format, resolved through its tables.
    struct ResolvedStyle {
        var xf: XMLTreeElement
        var font: XMLTreeElement
        var fill: XMLTreeElement
        var border: XMLTreeElement
        var formatCode: String?
    }

    static func resolve(_ styles: XMLTreeElement, index: Int) throws -> ResolvedStyle {
        let xf = try #require(styles.child("cellXfs")?.children("xf")[safe: index])
        func pick(_ list: String, _ item: String, _ attr: String) throws -> XMLTreeElement {
            let i = try #require(Int(xf.attribute(attr) ?? "0"))
            return try #require(styles.child(list)?.children(item)[safe: i])
        }
        let numFmt = Int(xf.attribute("numFmtId") ?? "0") ?? 0
        let code = styles.child("numFmts")?.children("numFmt").first { $0.attribute("numFmtId") == String(numFmt) }?.attribute("formatCode")
        return ResolvedStyle(xf: xf, font: try pick("fonts", "font", "fontId"), fill: try pick("fills", "fill", "fillId"),
                             border: try pick("borders", "border", "borderId"), formatCode: code)
    }

    static let samples: [(String, CellStyle)] = [
        ("bold", CellStyle(font: .bold)),
        ("italic red 14pt", CellStyle(font: Font(size: 14, italic: true, color: .red))),
        ("underline strike Arial", CellStyle(font: Font(name: "Arial", underline: true, strikethrough: true))),
        ("solid fill", CellStyle(fill: .solid(.lightRed))),
        ("thin box", CellStyle(border: .box(.thin))),
        ("mixed edges", CellStyle(border: Border(left: .init(.thick, color: .red), bottom: .init(.double)))),
        ("wrap centred", CellStyle(alignment: Alignment(horizontal: .center, vertical: .top, wrapText: true, indent: 2))),
        ("unlocked hidden", CellStyle(protection: Protection(locked: false, hidden: true))),
        ("uk date", CellStyle(numberFormat: .ukDate)),
        ("built-in 0.00", CellStyle(numberFormat: .twoDecimals)),
        ("text", CellStyle(numberFormat: .text)),
    ]

    @Test("each style part is written as Excel writes it and found again from the cell", arguments: samples.indices)
    func styleParts(index: Int) throws {
        let (label, style) = Self.samples[index]
        let scratch = try WriterScratch()
        let path2 = try WrittenWorkbook.make(in: scratch) { book, sheet in
            try sheet.writeRow(["styled"], style: book.style(style))
        }
        let s = try #require(try WrittenWorkbook.styles(path2)[CellReference(row: 1, column: 1)])
        let r = try Self.resolve(try WrittenWorkbook.part(path2, "xl/styles.xml"), index: s)
        let font = r.font
        #expect((font.child("b") != nil) == style.font.bold, "\(label)")
        #expect((font.child("i") != nil) == style.font.italic, "\(label)")
        #expect((font.child("u") != nil) == style.font.underline, "\(label)")
        #expect((font.child("strike") != nil) == style.font.strikethrough, "\(label)")
        #expect(font.child("sz")?.attribute("val") == CellValue.numberText(style.font.size), "\(label)")
        #expect(font.child("name")?.attribute("val") == style.font.name, "\(label)")
        #expect(font.child("color")?.attribute("rgb") == style.font.color?.argbHex, "\(label)")
        if let fill = style.fill {
            let pattern = try #require(r.fill.child("patternFill"))
            #expect(pattern.attribute("patternType") == "solid")
            #expect(pattern.child("fgColor")?.attribute("rgb") == fill.color.argbHex)
            #expect(r.xf.attribute("applyFill") == "1")
        } else {
            #expect(r.xf.attribute("fillId") == "0")
        }
        #expect(r.border.children.map(\.name) == ["left", "right", "top", "bottom", "diagonal"], "border edge order")
        #expect(r.border.child("left")?.attribute("style") == style.border.left?.style.rawValue)
        #expect(r.border.child("bottom")?.attribute("style") == style.border.bottom?.style.rawValue)
        let alignment = r.xf.child("alignment")
        #expect((alignment == nil) == style.alignment.isStandard)
        if let alignment {
            #expect(alignment.attribute("wrapText") == (style.alignment.wrapText ? "1" : nil))
            #expect(alignment.attribute("horizontal") == "center")
        }
        let protection = r.xf.child("protection")
        #expect((protection == nil) == (style.protection == .standard))
        if let builtIn = style.numberFormat.builtInID {
            #expect(r.xf.attribute("numFmtId") == String(builtIn))
        } else {
            #expect(r.formatCode == style.numberFormat.code)
            #expect(Int(r.xf.attribute("numFmtId") ?? "0") ?? 0 >= 164)
        }
        let formats = try Workbook(path: path2).cellFormats()
        #expect(formats.kind(forStyle: s) == style.numberFormat.kind)
    }

    @Test("equal styles share one entry; the reserved fills and default formats come first")
    func deduplication() throws {
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { book, sheet in
            let a = book.style(CellStyle(font: .bold, fill: .solid(.lightGreen)))
            let b = book.style(CellStyle(font: Font(bold: true), fill: Fill(color: Color(rgb: 0xC6EFCE))))
            #expect(a == b)
            try sheet.writeRow(["a", "b"], styles: [a, b])
            try sheet.startRow()
            try sheet.write("c", style: CellStyle(font: .bold, fill: .solid(.lightGreen)))
            try sheet.write("d", style: .bold)
        }
        let styles = try WrittenWorkbook.part(path, "xl/styles.xml")
        #expect(WrittenWorkbook.childNames(styles) == ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles"])
        #expect(styles.child("cellXfs")?.attribute("count") == "3")
        #expect(styles.child("fonts")?.attribute("count") == "2")
        let fills = styles.child("fills")?.children("fill").compactMap { $0.child("patternFill")?.attribute("patternType") }
        #expect(fills == ["none", "gray125", "solid"])
        let cellStyles = try WrittenWorkbook.styles(path)
        #expect(cellStyles[CellReference(row: 1, column: 1)] == cellStyles[CellReference(row: 2, column: 1)])
        #expect(cellStyles[CellReference(row: 1, column: 1)] != cellStyles[CellReference(row: 2, column: 2)])
    }

    @Test("the fill is written in the same shape as Excel's own file (format10)")
    func fillMatchesExcel() throws {
        let excel = try WrittenWorkbook.part(FixturePaths.corpus("jmcnamara-format10.xlsx"), "xl/styles.xml")
        let excelFill = try #require(excel.child("fills")?.children("fill")[safe: 2])
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { book, sheet in
            try sheet.writeRow(["x"], style: book.style(CellStyle(fill: .solid(Color(rgb: 0xFF0000)))))
        }
        let ours = try #require(try WrittenWorkbook.part(path, "xl/styles.xml").child("fills")?.children("fill")[safe: 2])
        #expect(ours == excelFill)
        let excelXF = try #require(excel.child("cellXfs")?.children("xf")[safe: 1])
        let ourXF = try #require(try WrittenWorkbook.part(path, "xl/styles.xml").child("cellXfs")?.children("xf")[safe: 1])
        #expect(ourXF.attributes.map(\.name) == excelXF.attributes.map(\.name))
    }

    @Test("a bold font has the same elements as Excel's bold font (rich_string01)")
    func boldMatchesExcel() throws {
        let excel = try WrittenWorkbook.part(FixturePaths.corpus("jmcnamara-rich_string01.xlsx"), "xl/styles.xml")
        let excelBold = try #require(excel.child("fonts")?.children("font")[safe: 1])
        let scratch = try WriterScratch()
        let path2 = try WrittenWorkbook.make(in: scratch) { _, sheet in
            try sheet.startRow()
            try sheet.write("x", style: CellStyle.bold)
        }
        let ours = try #require(try WrittenWorkbook.part(path2, "xl/styles.xml").child("fonts")?.children("font")[safe: 1])
        // Excel's own file also carries theme colour and scheme, which need a theme part.
        let themeless = excelBold.children.map(\.name).filter { $0 != "color" && $0 != "scheme" }
        #expect(ours.children.map(\.name) == themeless)
    }

    @Test("a date written with a plain style gets a date format; one with its own date format keeps it")
    func temporalFormats() throws {
        let scratch = try WriterScratch()
        let day = CalendarDate(year: 2020, month: 5, day: 17)
        let path = try WrittenWorkbook.make(in: scratch) { book, sheet in
            let iso = book.style(CellStyle(numberFormat: .isoDate))
            let boldDate = book.style(.bold)
            try sheet.writeRow([.date(day)])
            try sheet.writeRow([.date(day)], style: iso)
            try sheet.writeRow([.date(day)], style: boldDate)
            try sheet.writeRow([.duration(0.25)])
        }
        let book = try Workbook(path: path)
        let formats = try book.cellFormats()
        let styles = try WrittenWorkbook.styles(path)
        func code(_ row: Int) -> String? { formats.formatCode(forStyle: styles[CellReference(row: row, column: 1)] ?? -1) }
        #expect(code(1) == "dd/mm/yyyy")
        #expect(code(2) == "yyyy-mm-dd")
        #expect(code(3) == "dd/mm/yyyy")
        #expect(code(4) == "builtin:46")
        let xml = try WrittenWorkbook.part(path, "xl/styles.xml")
        let boldXF = try Self.resolve(xml, index: styles[CellReference(row: 3, column: 1)] ?? 0)
        #expect(boldXF.font.child("b") != nil, "the date keeps the bold font")
    }
}
