import Foundation
import Testing
@testable import XLSXIO

/// A workbook that uses every writer feature at once, checked here through the reader and,
/// when `SEN2XL_WRITER_SAMPLE_DIR` names a folder, left there for the independent clients in
/// `scripts/compat/check_writer.py` (LibreOffice, openpyxl, zipinfo) to open.
@Suite("Writer feature sample")
struct WriterFeatureSampleTests {
    /// The sample: a data-entry template with notes, dropdowns, fills, formats and panes.
    static func writeSample(to path: String) throws {
        let book = try WorkbookWriter(path: path, options: .init(overwrite: true))
        book.properties.title = "sen2xl writer sample"
        let sheet = try book.addSheet(named: "Template")
        let header = book.style(CellStyle(font: .bold, fill: .solid(.lightGrey), border: .box(.thin)))
        let flagged = book.style(CellStyle(fill: .solid(.lightRed)))
        let money = book.style(CellStyle(numberFormat: .twoDecimals))
        let wrapped = book.style(CellStyle(alignment: Alignment(vertical: .top, wrapText: true), protection: .unlocked))
        try sheet.writeRow(["UPN", "Surname", "Date of birth", "Consent", "Hours", "Cost", "Local authority", "Link"], style: header)
        try sheet.writeRow([.string("A123456789012"), "Smith", .date(CalendarDate(year: 2015, month: 3, day: 9)), "Yes", 12, .number(1234.5),
                            "Camden", "Guidance"], styles: [.standard, .standard, .standard, .standard, .standard, money, .standard, book.style(.hyperlink)])
        try sheet.startRow()
        try sheet.write(.string("B98765432109X"), style: flagged)
        try sheet.write("O'Brien")
        try sheet.write(.date(CalendarDate(year: 2016, month: 2, day: 29)))
        try sheet.write("No")
        try sheet.write(40)
        try sheet.write(.formula("E3*2.5", cached: .number(100)), style: money)
        try sheet.write(.string("Line one\nline two"), style: wrapped)
        try sheet.writeRow(["Total", .empty, .empty, .empty, .formula("SUM(E2:E3)", cached: .number(52))])
        try sheet.setColumnWidth(16, columns: 1...2)
        try sheet.setColumnWidth(30, column: 7)
        sheet.freezePanes(rows: 1, columns: 1)
        sheet.setAutoFilter(CellRange("A1:H3")!)
        sheet.tabColor = Color(rgb: 0x1F7A4D)
        try sheet.merge(CellRange("A4:D4")!)
        try sheet.addNote(at: CellReference("A3")!, text: "The UPN check letter is wrong: it should be a letter computed from the other twelve characters.", author: "sen2xl")
        try sheet.addNote(at: CellReference("D1")!, text: "Yes or No", author: "Data team")
        try sheet.addDataValidation(DataValidation(ranges: [CellRange("D2:D500")!], rule: .list(["Yes", "No"]),
                                                   prompt: .init(title: "Consent", message: "Choose Yes or No"),
                                                   error: .init(style: .stop, title: "Not allowed", message: "Pick Yes or No from the list")))
        let authorities = (1...40).map { "Local authority \($0)" } + ["Camden"]
        try sheet.addDataValidation(DataValidation(ranges: [CellRange("G2:G500")!], rule: .list(authorities),
                                                   error: .init(style: .warning, title: "Unknown", message: "Not a listed authority")))
        try sheet.addDataValidation(DataValidation(ranges: [CellRange("E2:E500")!], rule: .wholeNumber(.between(0, 52)),
                                                   error: .init(style: .information, message: "0 to 52 hours")))
        try sheet.addDataValidation(DataValidation(ranges: [CellRange("C2:C500")!],
                                                   rule: .date(.greaterThanOrEqual(CalendarDate(year: 1995, month: 1, day: 1)))))
        try sheet.addHyperlink(Hyperlink(cell: CellReference("H2")!, target: .url("https://www.gov.uk/guidance/special-educational-needs-survey")))
        let notes = try book.addSheet(named: "Notes")
        notes.state = .hidden
        try notes.writeRow(["hidden sheet"])
        let summary = try book.addSheet(named: "Summary")
        try summary.writeRow(["Back to the template"], style: book.style(.hyperlink))
        try summary.addHyperlink(Hyperlink(cell: CellReference("A1")!, target: .cell(sheet: "Template", CellReference("A1")!)))
        try book.defineName("ChildRows", refersTo: "Template!$A$2:$H$3")
        try book.finish()
    }

    @Test("the sample reads back with its values, sheets and states")
    func sample() throws {
        let scratch = try WriterScratch()
        let folder = ProcessInfo.processInfo.environment["SEN2XL_WRITER_SAMPLE_DIR"] ?? scratch.path
        let path = folder + "/features.xlsx"
        try Self.writeSample(to: path)
        let book = try Workbook(path: path)
        #expect(book.sheets.map(\.name) == ["Template", "Notes", "Summary", "Lists"])
        #expect(book.sheets.map(\.state) == [.visible, .hidden, .visible, .veryHidden])
        let cells = try WrittenWorkbook.cells(path)
        #expect(cells[CellReference("A2")!] == .string("A123456789012"))
        #expect(cells[CellReference("C3")!] == .dateTime(ExcelDateTime(date: CalendarDate(year: 2016, month: 2, day: 29))))
        #expect(cells[CellReference("F3")!] == .number(100) && cells[CellReference("E4")!] == .number(52))
        #expect(cells[CellReference("G3")!] == .string("Line one\nline two"))
        let archive = try ZipArchive(path: path)
        #expect(archive.contains("xl/comments1.xml") && archive.contains("xl/drawings/vmlDrawing1.vml"))
    }
}
