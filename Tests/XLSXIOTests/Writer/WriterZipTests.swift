import Foundation
import Testing
@testable import XLSXIO

/// The container: what Excel and LibreOffice accept (version needed 2.0, no Zip64), and what
/// users rely on (no partial files, no silent overwrite).
@Suite("Writer zip container")
struct WriterZipTests {
    @Test("entries need version 2.0 (deflate) or 1.0 (stored), with no extra fields and no Zip64 records",
          arguments: [EntryCompression.standard, .balanced, .fastest, .store])
    func noZip64(compression: EntryCompression) throws {
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch, options: .init(compression: compression)) { _, sheet in
            for r in 1...2000 { try sheet.writeRow([.number(Double(r)), .string("text \(r)")]) }
            try sheet.addNote(at: CellReference("B2")!, text: "note")
        }
        let records = try ZipRecords(path: path)
        #expect(records.localHeaders.count == 12)
        for h in records.localHeaders {
            #expect(h.versionNeeded == (compression == .store ? 10 : 20), "\(h.name)")
            #expect(h.extraLength == 0, "\(h.name)")
            #expect(h.flags & 0x08 == 0, "\(h.name): no data descriptor")
            #expect(h.method == (compression == .store ? 0 : 8), "\(h.name)")
            #expect(h.dosDate == 0x21 && h.dosTime == 0, "\(h.name): 1980-01-01 00:00")
        }
        #expect(!records.hasZip64EndRecord)
    }

    @Test("an existing file is refused unless overwriting is asked for, and left untouched")
    func refusesOverwrite() throws {
        let scratch = try WriterScratch()
        let path = scratch.file("exists.xlsx")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: XLSXError.self) { _ = try WorkbookWriter(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        let book = try WorkbookWriter(path: path, options: .init(overwrite: true))
        try book.addSheet(named: "S").writeRow(["new"])
        try book.finish()
        #expect(try WrittenWorkbook.cells(path)[CellReference("A1")!] == .string("new"))
    }

    @Test("a writer dropped before finishing leaves nothing behind")
    func abandoned() throws {
        let scratch = try WriterScratch()
        do {
            let book = try WorkbookWriter(path: scratch.file("never.xlsx"))
            let sheet = try book.addSheet(named: "S")
            for r in 1...1000 { try sheet.writeRow([.number(Double(r))]) }
        }
        #expect(try scratch.contents().isEmpty)
    }

    @Test("a failure while writing leaves no output and no temporary files")
    func failureLeavesNothing() throws {
        let scratch = try WriterScratch()
        let path = scratch.file("bad.xlsx")
        #expect(throws: XLSXError.self) {
            let book = try WorkbookWriter(path: path)
            let sheet = try book.addSheet(named: "S")
            try sheet.writeRow(["fine"])
            try sheet.writeRow([.string(String(repeating: "y", count: 40_000))])
            try book.finish()
        }
        #expect(try scratch.contents().isEmpty)
        #expect(throws: XLSXError.self) { _ = try WorkbookWriter(path: scratch.file("missing/folder.xlsx")) }
    }

    @Test("a finished workbook removes its temporary files")
    func cleansUp() throws {
        let scratch = try WriterScratch()
        _ = try WrittenWorkbook.make(in: scratch) { book, sheet in
            try sheet.writeRow(["x"])
            try book.addSheet(named: "Second").writeRow(["y"])
        }
        #expect(try scratch.contents() == ["out.xlsx"])
    }

    @Test("a sheet head larger than the reserved gap is copied in front of the rows")
    func largeHead() throws {
        let scratch = try WriterScratch()
        let path = try WrittenWorkbook.make(in: scratch) { _, sheet in
            for c in stride(from: 1, through: 3000, by: 2) { try sheet.setColumnWidth(Double(c % 200) + 0.5, column: c) }
            for r in 1...100 { try sheet.writeRow([.number(Double(r)), "v"]) }
        }
        let sheet = try WrittenWorkbook.part(path, "xl/worksheets/sheet1.xml")
        #expect(sheet.child("cols")?.children("col").count == 1500)
        #expect(try WrittenWorkbook.cells(path)[CellReference("A100")!] == .number(100))
        #expect(try scratch.contents() == ["out.xlsx"])
    }
}
