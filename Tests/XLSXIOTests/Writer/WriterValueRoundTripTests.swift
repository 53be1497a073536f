import Foundation
import Testing
@testable import XLSXIO

/// Every kind of value goes out through the writer and comes back through the reader
/// unchanged, with each string storage.
@Suite("Writer value round trips")
struct WriterValueRoundTripTests {
    static let storages: [StringStorage] = [.standard, .inline, .shared(memoryBudget: 0)]

    static let strings: [String] = [
        "plain", "", " leading and trailing ", "tab\there", "line\nfeed", "carriage\r\nreturn", "lone\rcr",
        "<tag> & \"quotes\" 'apostrophes'", "_x0041_ looks like an escape", "_x00", "control\u{01}\u{1F}chars",
        "Ünïcödé — “smart” ‘quotes’ €", "emoji 🧒🏽 and 𝔘", "\u{FFFE}\u{FFFF} non-characters", "0012", "=SUM(A1)",
        String(repeating: "x", count: WriteValue.maxStringLength),
    ]

    @Test("strings come back exactly", arguments: storages)
    func strings(storage: StringStorage) throws {
        let scratch = try WriterScratch()
        let values = Self.strings.filter { !$0.isEmpty }
        let path = try WrittenWorkbook.make(in: scratch, options: .init(strings: storage)) { _, sheet in
            for s in values { try sheet.writeRow([.string(s), .string(s)]) }
        }
        let cells = try WrittenWorkbook.cells(path)
        for (i, s) in values.enumerated() {
            #expect(cells[CellReference(row: i + 1, column: 1)] == .string(s), "row \(i + 1)")
            #expect(cells[CellReference(row: i + 1, column: 2)] == .string(s), "row \(i + 1), repeated")
        }
    }

    @Test("an empty string is a blank cell, keeping only its style")
    func emptyString() throws {
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { book, sheet in
            let bold = book.style(CellStyle(font: .bold))
            try sheet.writeRow([.string("a"), .string(""), .string("c")])
            try sheet.startRow()
            try sheet.write(.string(""), column: 1, style: bold)
        }
        let cells = try WrittenWorkbook.cells(path)
        #expect(cells[CellReference(row: 1, column: 2)] == nil)
        #expect(cells[CellReference(row: 1, column: 3)] == .string("c"))
        #expect(try WrittenWorkbook.styles(path)[CellReference(row: 2, column: 1)] != nil)
    }

    @Test("numbers come back as the same doubles", arguments: [
        0, -0.5, 1, -1, 42, 3.5, 0.1, 1e-7, 123456.789, 9_007_199_254_740_991, 9_007_199_254_740_992, 1.8e19,
        1e300, -2.2250738585072014e-308, Double.pi, 1.0 / 3,
    ] as [Double])
    func numbers(value: Double) throws {
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in try sheet.writeRow([.number(value)]) }
        #expect(try WrittenWorkbook.cells(path)[CellReference(row: 1, column: 1)] == .number(value))
    }

    @Test("booleans, errors, dates, times, date-times and durations keep their types")
    func typedValues() throws {
        let scratch = try WriterScratch()
        let day = CalendarDate(year: 2015, month: 3, day: 9)
        let values: [WriteValue] = [
            .bool(true), .bool(false), .error("#N/A"), .error("#DIV/0!"), .date(day),
            .date(CalendarDate(year: 1900, month: 1, day: 1)), .date(CalendarDate(year: 1900, month: 3, day: 1)),
            .date(CalendarDate(year: 9999, month: 12, day: 31)),
            .dateTime(ExcelDateTime(date: day, secondsOfDay: 13 * 3600 + 5 * 60 + 7, kind: .dateTime)),
            .dateTime(ExcelDateTime(date: CalendarDate(year: 1899, month: 12, day: 31), secondsOfDay: 8 * 3600 + 30 * 60, kind: .time)),
            .duration(1.5),
        ]
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in try sheet.writeRow(values) }
        let cells = try WrittenWorkbook.cells(path)
        let expected: [CellValue] = [
            .bool(true), .bool(false), .error("#N/A"), .error("#DIV/0!"), .dateTime(ExcelDateTime(date: day)),
            .dateTime(ExcelDateTime(date: CalendarDate(year: 1900, month: 1, day: 1))),
            .dateTime(ExcelDateTime(date: CalendarDate(year: 1900, month: 3, day: 1))),
            .dateTime(ExcelDateTime(date: CalendarDate(year: 9999, month: 12, day: 31))),
            .dateTime(ExcelDateTime(date: day, secondsOfDay: 13 * 3600 + 5 * 60 + 7, kind: .dateTime)),
            .dateTime(ExcelDateTime(date: CalendarDate(year: 1899, month: 12, day: 31), secondsOfDay: 8 * 3600 + 30 * 60, kind: .time)),
            .duration(1.5),
        ]
        for (i, value) in expected.enumerated() {
            #expect(cells[CellReference(row: 1, column: i + 1)] == value, "column \(i + 1)")
        }
    }

    @Test("dates in the 1904 system come back as the same days")
    func dates1904() throws {
        let scratch = try WriterScratch()
        let days = [CalendarDate(year: 1904, month: 1, day: 1), CalendarDate(year: 2024, month: 2, day: 29)]
        let path = try WrittenWorkbook.make(in: scratch, options: .init(dateSystem: .date1904)) { _, sheet in
            try sheet.writeRow(days.map { .date($0) })
        }
        #expect(try Workbook(path: path).dateSystem == .date1904)
        let cells = try WrittenWorkbook.cells(path)
        #expect(cells[CellReference(row: 1, column: 1)] == .dateTime(ExcelDateTime(date: days[0])))
        #expect(cells[CellReference(row: 1, column: 2)] == .dateTime(ExcelDateTime(date: days[1])))
    }

    @Test("formulas are written with their cached values, which readers show")
    func formulas() throws {
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in
            try sheet.writeRow([1, 2, .formula("=A1+B1", cached: .number(3)), .formula("UPPER(\"a&b\")", cached: .string("A&B")),
                                .formula("A1>B1", cached: .bool(false)), .formula("1/0", cached: .error("#DIV/0!")),
                                .formula("NOW()", cached: nil)])
        }
        let cells = try WrittenWorkbook.cells(path)
        #expect(cells[CellReference(row: 1, column: 3)] == .number(3))
        #expect(cells[CellReference(row: 1, column: 4)] == .string("A&B"))
        #expect(cells[CellReference(row: 1, column: 5)] == .bool(false))
        #expect(cells[CellReference(row: 1, column: 6)] == .error("#DIV/0!"))
        let sheet = try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml")
        let formulas = sheet.child("sheetData")?.child("row")?.children("c").compactMap { $0.child("f")?.text }
        #expect(formulas == ["A1+B1", "UPPER(\"a&b\")", "A1>B1", "1/0", "NOW()"])
        let calc = try WrittenWorkbook.part(path, "xl/workbook.xml").child("calcPr")
        #expect(calc?.attribute("fullCalcOnLoad") == "1")
    }

    @Test("an empty cell is written only when it carries a style")
    func emptyCells() throws {
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { book, sheet in
            let fill = book.style(CellStyle(fill: .solid(.lightRed)))
            try sheet.startRow()
            try sheet.write(.empty)
            try sheet.write(.empty, style: fill)
            try sheet.write("after")
        }
        let styles = try WrittenWorkbook.styles(path)
        #expect(styles[CellReference(row: 1, column: 1)] == nil)
        #expect(styles[CellReference(row: 1, column: 2)] != nil && styles[CellReference(row: 1, column: 2)] != 0)
        #expect(try WrittenWorkbook.cells(path)[CellReference(row: 1, column: 3)] == .string("after"))
    }

    @Test("rows and columns may skip; the dimension covers what was written")
    func sparseRows() throws {
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in
            try sheet.startRow(3)
            try sheet.write("C3", column: 3)
            try sheet.write("E3", column: 5)
            try sheet.startRow(7, height: 30)
            try sheet.startRow(10)
            try sheet.write(1, column: 2)
        }
        let cells = try WrittenWorkbook.cells(path)
        #expect(cells.count == 3)
        #expect(cells[CellReference(row: 3, column: 5)] == .string("E3"))
        #expect(try Workbook(path: path).dimension(of: try Workbook(path: path).sheets[0]) == "B3:E10")
        let rows = try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml").child("sheetData")?.children("row") ?? []
        #expect(rows.map { $0.attribute("r") } == ["3", "7", "10"])
        #expect(rows[1].attribute("ht") == "30" && rows[1].attribute("customHeight") == "1" && rows[1].children.isEmpty)
    }

    @Test("a value read from any workbook can be written back", arguments: [
        "jmcnamara-format10.xlsx", "tafia-date.xlsx", "tafia-errors.xlsx", "CoreOffice-Dates.xlsx", "tafia-has_x000D_.xlsx",
    ])
    func copyThrough(fixture: String) throws {
        let scratch = try WriterScratch()
        let source = try Workbook(path: FixturePaths.corpus(fixture))
        let original = try WrittenWorkbook.cells(source.path)
        let path = scratch.file("copy.xlsx")
        let book = try WorkbookWriter(path: path)
        let sheet = try book.addSheet(named: "Copy")
        let reader = try source.openSheet(source.sheets[0])
        while let row = try reader.next() {
            try sheet.startRow(row.index)
            for cell in row.cells { try sheet.write(WriteValue(cell.value), column: cell.column) }
        }
        try book.finish()
        #expect(try WrittenWorkbook.cells(path) == original)
    }
}
