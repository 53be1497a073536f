import Foundation
import Testing
@testable import XLSXIO

/// `sen2xl convert`'s library side: CSV to workbook and back, with the values unchanged.
@Suite("CSV to workbook")
struct CSVToWorkbookTests {
    static let sample = [
        "UPN,Surname,Date of birth,Age,Postcode,Code,Consent,Amount,Note",
        "A123456789012,Smith,2015-03-09,9,N4 2AB,0012,TRUE,1.50,\"Line one\nline two\"",
        "B987654321098,\"O'Brien, Jo\",2016-02-29,8,E1 6AN,01,FALSE,2.5, padded ",
        ",,,,,,,,",
        "C111,Ünïcode <&>,1899-12-31,12345678901234567,,007,x,0.1,_x0041_ and \u{01}",
        "D222,\"Quote \"\"inside\"\"\",2020-13-01,-3,SW1A 1AA,,,-0,=1+1",
    ].joined(separator: "\n") + "\n"

    /// Records as CSVReader sees them, without trailing empty fields or records, so that
    /// padding added on export does not count as a difference.
    static func records(_ path: String) throws -> [[String]] {
        let reader = try CSVReader(path: path)
        var out: [[String]] = []
        while var r = try reader.next() {
            while r.last == "" { r.removeLast() }
            out.append(r)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test("cat of the converted workbook gives back every CSV value", arguments: [StringStorage.standard, .inline])
    func roundTrip(storage: StringStorage) throws {
        let scratch = try WriterScratch()
        let csv = scratch.file("in.csv")
        try Self.write(Self.sample, to: csv)
        let summary = try CSVToWorkbook(sheetName: "Extract", options: .init(strings: storage)).convert(csvPath: csv, to: scratch.file("out.xlsx"))
        #expect(summary.rows == 6 && summary.columns == 9 && summary.encoding == .utf8)
        try WorkbookToCSV().convert(workbookPath: scratch.file("out.xlsx"), to: scratch.file("back.csv"))
        #expect(try Self.records(scratch.file("back.csv")) == Self.records(csv))
    }

    @Test("types, header style, frozen header and widths")
    func layout() throws {
        let scratch = try WriterScratch()
        let csv = scratch.file("in.csv")
        try Self.write(Self.sample, to: csv)
        let out = scratch.file("out.xlsx")
        try CSVToWorkbook(sheetName: "Extract", textColumns: [4]).convert(csvPath: csv, to: out)
        let cells = try WrittenWorkbook.cells(out)
        #expect(cells[CellReference("A2")!] == .string("A123456789012"))
        #expect(cells[CellReference("C2")!] == .dateTime(ExcelDateTime(date: CalendarDate(year: 2015, month: 3, day: 9))))
        #expect(cells[CellReference("C5")!] == .string("1899-12-31"))
        #expect(cells[CellReference("D2")!] == .string("9"), "column D was asked to stay text")
        #expect(cells[CellReference("F2")!] == .string("0012") && cells[CellReference("G2")!] == .string("TRUE"))
        #expect(cells[CellReference("H2")!] == .string("1.50") && cells[CellReference("H3")!] == .number(2.5))
        #expect(cells[CellReference("H6")!] == .string("-0") && cells[CellReference("I6")!] == .string("=1+1"))
        let book = try Workbook(path: out)
        #expect(book.sheets.map(\.name) == ["Extract"])
        let formats = try book.cellFormats()
        let styles = try WrittenWorkbook.styles(out)
        #expect(formats.formatCode(forStyle: styles[CellReference("C2")!] ?? 0) == "dd/mm/yyyy")
        let styleXML = try WrittenWorkbook.part(out, "xl/styles.xml")
        let headerXF = try WriterStyleTests.resolve(styleXML, index: styles[CellReference("A1")!] ?? 0)
        #expect(headerXF.font.child("b") != nil)
        let sheet = try WrittenWorkbook.part(out, "xl/worksheets/sheet1.xml")
        #expect(sheet.child("sheetViews")?.child("sheetView")?.child("pane")?.attribute("ySplit") == "1")
        let widths = (sheet.child("cols")?.children("col") ?? []).map { Double($0.attribute("width") ?? "") ?? 0 }
        #expect(widths.count >= 9 && widths[0] > 15 && widths.allSatisfy { $0 >= 9 && $0 <= 61 })
    }

    @Test("without a header row nothing is frozen or bold, and the first record is typed")
    func noHeader() throws {
        let scratch = try WriterScratch()
        let csv = scratch.file("in.csv")
        try Self.write("1,2024-01-05\n2,x\n", to: csv)
        let out = scratch.file("out.xlsx")
        try CSVToWorkbook(headerRow: false).convert(csvPath: csv, to: out)
        #expect(try WrittenWorkbook.cells(out)[CellReference("A1")!] == .number(1))
        #expect(try WrittenWorkbook.part(out, "xl/worksheets/sheet1.xml").child("sheetViews")?.child("sheetView")?.child("pane") == nil)
    }

    @Test("Windows-1252 and UTF-8 with a byte-order mark are read as text, not mojibake")
    func encodings() throws {
        let scratch = try WriterScratch()
        let ansi = scratch.file("ansi.csv")
        try Data([0x4E, 0x61, 0x6D, 0x65, 0x0D, 0x0A, 0x43, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x35, 0x0D, 0x0A]).write(to: URL(fileURLWithPath: ansi))
        let bom = scratch.file("bom.csv")
        try Data([0xEF, 0xBB, 0xBF] + Array("Name\r\nCafé €5\r\n".utf8)).write(to: URL(fileURLWithPath: bom))
        for file in [ansi, bom] {
            let out = file + ".xlsx"
            try CSVToWorkbook().convert(csvPath: file, to: out)
            let cells = try WrittenWorkbook.cells(out)
            #expect(cells[CellReference("A1")!] == .string("Name"), "\(file)")
            #expect(cells[CellReference("A2")!] == .string("Café €5"), "\(file)")
        }
    }

    @Test("bad input leaves no output: an unclosed quote, a field over 32,767 characters")
    func badInput() throws {
        let scratch = try WriterScratch()
        let unclosed = scratch.file("unclosed.csv")
        try Self.write("a,b\n1,\"never closed\n2,3\n", to: unclosed)
        #expect(throws: XLSXError.self) { try CSVToWorkbook().convert(csvPath: unclosed, to: scratch.file("u.xlsx")) }
        let long = scratch.file("long.csv")
        try Self.write("a,b\nx," + String(repeating: "z", count: 33_000) + "\n", to: long)
        do {
            try CSVToWorkbook(sheetName: "S").convert(csvPath: long, to: scratch.file("l.xlsx"))
            Issue.record("a 33,000-character field was accepted")
        } catch {
            #expect(error.cell == "B2" && error.sheet == "S" && error.message.contains("CSV line 2"))
        }
        #expect(try scratch.contents() == ["long.csv", "unclosed.csv"])
    }

    @Test("an existing output is kept unless overwriting is asked for; a workbook given as CSV is refused")
    func outputs() throws {
        let scratch = try WriterScratch()
        let csv = scratch.file("in.csv")
        try Self.write("a\n1\n", to: csv)
        let out = scratch.file("out.xlsx")
        try CSVToWorkbook().convert(csvPath: csv, to: out)
        #expect(throws: XLSXError.self) { try CSVToWorkbook().convert(csvPath: csv, to: out) }
        try CSVToWorkbook(options: .init(overwrite: true)).convert(csvPath: csv, to: out)
        #expect(throws: XLSXError.self) { try CSVToWorkbook().convert(csvPath: out, to: scratch.file("again.xlsx")) }
        try WorkbookToCSV().convert(workbookPath: out, to: scratch.file("o.csv"))
        #expect(throws: XLSXError.self) { try WorkbookToCSV().convert(workbookPath: out, to: scratch.file("o.csv")) }
        #expect(throws: XLSXError.self) { try WorkbookToCSV(sheet: "nope").convert(workbookPath: out, to: scratch.file("p.csv")) }
        #expect(try scratch.contents() == ["in.csv", "o.csv", "out.xlsx"])
    }
}
