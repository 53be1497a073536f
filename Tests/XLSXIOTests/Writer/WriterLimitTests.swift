import Foundation
import Testing
@testable import XLSXIO

/// What Excel cannot hold is refused with an error that names the sheet and the cell, never
/// written into a file Excel would repair.
@Suite("Writer limits and misuse")
struct WriterLimitTests {
    /// Runs `body` on a fresh sheet and returns the error it throws.
    static func failure(_ body: (WorkbookWriter, SheetWriter) throws -> Void) throws -> XLSXError {
        let scratch = try WriterScratch()
        let book = try WorkbookWriter(path: scratch.file("x.xlsx"))
        let sheet = try book.addSheet(named: "Data")
        do {
            try body(book, sheet)
            try book.finish()
        } catch let error as XLSXError {
            return error
        }
        Issue.record("no error was thrown")
        return XLSXError(code: .invalidValue, file: "", message: "")
    }

    @Test("a string over 32,767 characters names the sheet and cell")
    func longString() throws {
        let e = try Self.failure { _, sheet in
            try sheet.writeRow(["ok"])
            try sheet.startRow()
            try sheet.write("fine")
            try sheet.write(.string(String(repeating: "é", count: 32_768)))
        }
        #expect(e.code == .invalidValue && e.sheet == "Data" && e.cell == "B2")
        #expect(e.message.contains("32768") && e.message.contains("32767"))
    }

    @Test("32,767 characters counted as Excel counts them (UTF-16 units)")
    func utf16Counting() throws {
        let scratch = try WriterScratch()
        let exactly = String(repeating: "😀", count: 16_383) + "a"
        _ = try WrittenWorkbook.make(in: scratch) { _, sheet in try sheet.writeRow([.string(exactly)]) }
        let e = try Self.failure { _, sheet in try sheet.writeRow([.string(exactly + "b")]) }
        #expect(e.cell == "A1")
    }

    @Test("invalid values name their cell", arguments: [
        (WriteValue.number(.nan), "A1"), (.number(.infinity), "A1"), (.error("#WRONG"), "A1"),
        (.date(CalendarDate(year: 1899, month: 12, day: 31)), "A1"), (.date(CalendarDate(year: 2023, month: 2, day: 30)), "A1"),
    ])
    func invalidValues(value: WriteValue, cell: String) throws {
        let e = try Self.failure { _, sheet in try sheet.writeRow([value]) }
        #expect(e.cell == cell && e.sheet == "Data")
    }

    @Test("rows must go down and cells right")
    func order() throws {
        let rows = try Self.failure { _, sheet in
            try sheet.startRow(5)
            try sheet.startRow(3)
        }
        #expect(rows.message.contains("ascending"))
        let columns = try Self.failure { _, sheet in
            try sheet.startRow()
            try sheet.write("x", column: 4)
            try sheet.write("y", column: 2)
        }
        #expect(columns.cell == "B1" && columns.message.contains("left to right"))
        let noRow = try Self.failure { _, sheet in try sheet.write("x") }
        #expect(noRow.message.contains("startRow"))
        let past = try Self.failure { _, sheet in try sheet.startRow(CellReference.maxRow + 1) }
        #expect(past.message.contains("last row"))
    }

    @Test("sheet names follow Excel's rules", arguments: ["", String(repeating: "n", count: 32), "a/b", "x[1]", "'quoted'", "History"])
    func sheetNames(name: String) throws {
        let scratch = try WriterScratch()
        let book = try WorkbookWriter(path: scratch.file("x.xlsx"))
        #expect(throws: XLSXError.self) { _ = try book.addSheet(named: name) }
    }

    @Test("sheet names are unique ignoring case")
    func duplicateSheet() throws {
        let e = try Self.failure { book, _ in _ = try book.addSheet(named: "DATA") }
        #expect(e.message.contains("already has a sheet"))
    }

    @Test("defined names follow Excel's rules", arguments: ["", "A1", "r1c1", "R", "1abc", "has space", "_xlnm.Print_Area"])
    func badNames(name: String) throws {
        let e = try Self.failure { book, _ in try book.defineName(name, refersTo: "Data!$A$1") }
        #expect(e.message.hasPrefix("cannot define the name '\(name)'"))
    }

    @Test("a name defined twice in one scope is refused; in another scope it is fine")
    func duplicateNames() throws {
        let e = try Self.failure { book, sheet in
            try book.defineName("Total", refersTo: "Data!$A$1")
            try book.defineName("Total", refersTo: "Data!$A$2", sheet: sheet)
            try book.defineName("total", refersTo: "Data!$A$3")
        }
        #expect(e.message.contains("already defined"))
    }

    @Test("at least one sheet visible, and the active sheet visible")
    func visibility() throws {
        let hiddenAll = try Self.failure { _, sheet in sheet.state = .hidden }
        #expect(hiddenAll.message.contains("visible"))
        let hiddenActive = try Self.failure { book, sheet in
            let other = try book.addSheet(named: "Other")
            other.state = .veryHidden
            book.activeSheet = other
            _ = sheet
        }
        #expect(hiddenActive.sheet == "Other")
    }

    @Test("validation texts over Excel's limits are refused")
    func validationLimits() throws {
        let title = try Self.failure { _, sheet in
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("A1")!], rule: .list(["a"]),
                                                       prompt: .init(title: String(repeating: "t", count: 33), message: "m")))
        }
        #expect(title.message.contains("prompt title") && title.cell == "A1")
        let message = try Self.failure { _, sheet in
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("B2")!], rule: .wholeNumber(.equal(1)),
                                                       error: .init(message: String(repeating: "m", count: 256))))
        }
        #expect(message.message.contains("error message"))
        let empty = try Self.failure { _, sheet in
            try sheet.addDataValidation(DataValidation(ranges: [CellRange("B2")!], rule: .list([])))
        }
        #expect(empty.message.contains("at least one value"))
    }

    @Test("overlapping merges, duplicate notes and duplicate links are refused")
    func clashes() throws {
        let merge = try Self.failure { _, sheet in
            try sheet.merge(CellRange("A1:B2")!)
            try sheet.merge(CellRange("B2:C3")!)
        }
        #expect(merge.message.contains("overlaps A1:B2"))
        let note = try Self.failure { _, sheet in
            try sheet.addNote(at: CellReference("C4")!, text: "a")
            try sheet.addNote(at: CellReference("C4")!, text: "b")
        }
        #expect(note.cell == "C4")
        let link = try Self.failure { _, sheet in
            try sheet.addHyperlink(Hyperlink(cell: CellReference("A1")!, target: .url("https://a.example")))
            try sheet.addHyperlink(Hyperlink(cell: CellReference("A1")!, target: .url("https://b.example")))
        }
        #expect(link.cell == "A1")
    }

    @Test("a finished workbook cannot be written again")
    func afterFinish() throws {
        let scratch = try WriterScratch()
        let book = try WorkbookWriter(path: scratch.file("x.xlsx"))
        let sheet = try book.addSheet(named: "S")
        try book.finish()
        #expect(throws: XLSXError.self) { try sheet.writeRow(["late"]) }
        #expect(throws: XLSXError.self) { try book.finish() }
        #expect(throws: XLSXError.self) { _ = try book.addSheet(named: "T") }
    }

    @Test("the shared-string table stops at its memory budget; later new strings go inline, repeats stay shared")
    func stringBudget() throws {
        let scratch = try WriterScratch()
        let budget = 256 * 1024
        var builderMemory = 0
        let path = try WrittenWorkbook.make(in: scratch, options: .init(strings: .shared(memoryBudget: budget))) { book, sheet in
            for r in 1...20_000 { try sheet.writeRow([.string("unique value number \(r)"), "repeated"]) }
            builderMemory = book.context.sharedStrings?.memoryUsed ?? .max
        }
        #expect(builderMemory <= budget)
        let xml = try WrittenWorkbook.text(path, "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<c r=\"A1\" t=\"s\">") && xml.contains("<c r=\"A20000\" t=\"inlineStr\">"))
        #expect(xml.contains("<c r=\"B20000\" t=\"s\">"), "a string already in the table stays shared")
        let cells = try WrittenWorkbook.cells(path)
        #expect(cells.count == 40_000)
        #expect(cells[CellReference("A20000")!] == .string("unique value number 20000"))
        let sst = try WrittenWorkbook.part(path, "xl/sharedStrings.xml")
        #expect(Int(sst.attribute("uniqueCount") ?? "") == sst.children("si").count)
        #expect(Int(sst.attribute("count") ?? "") == xml.components(separatedBy: "t=\"s\"").count - 1)
    }
}
