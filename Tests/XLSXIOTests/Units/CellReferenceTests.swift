import Testing
import XLSXIO

/// A1 references from `A1` to `XFD1048576`, the largest cell Excel allows.
@Suite("Cell references")
struct CellReferenceTests {
    @Test("parses A1 notation", arguments: [
        ("A1", 1, 1), ("B7", 7, 2), ("Z9", 9, 26), ("AA10", 10, 27), ("AZ1", 1, 52), ("BA1", 1, 53),
        ("ZZ1", 1, 702), ("AAA1", 1, 703), ("XFD1", 1, 16_384), ("A1048576", 1_048_576, 1),
        ("XFD1048576", 1_048_576, 16_384), ("xfd1048576", 1_048_576, 16_384), ("$C$3", 3, 3), ("c$12", 12, 3),
    ])
    func parses(text: String, row: Int, column: Int) throws {
        let reference = try #require(CellReference(text))
        #expect(reference.row == row)
        #expect(reference.column == column)
    }

    @Test("rejects what is not one cell inside the sheet", arguments: [
        "", "A", "1", "1A", "A0", "A01x", "XFE1", "A1048577", "XFD1048577", "AAAA1", "A1:B2", "A-1", "A 1", " A1",
        "A1 ", "Ä1", "A1.5", "A99999999999999999999", "ZZZZZZZZZZZZZZZZZZZZ1", "R1C1",
    ])
    func rejects(text: String) {
        #expect(CellReference(text) == nil)
    }

    @Test("parses raw bytes without the dollar signs removed")
    func parsesBytes() {
        let parsed = Array("XFD1048576".utf8).withUnsafeBufferPointer { CellReference.parse($0) }
        #expect(parsed == CellReference(row: 1_048_576, column: 16_384))
        let empty = [UInt8]().withUnsafeBufferPointer { CellReference.parse($0) }
        #expect(empty == nil)
    }

    @Test("column letters", arguments: [
        (1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"), (16_384, "XFD"),
    ])
    func columnLetters(column: Int, letters: String) {
        #expect(CellReference.columnLetters(column) == letters)
        #expect(CellReference.columnNumber(letters) == column)
        #expect(CellReference.columnNumber(letters.lowercased()) == column)
    }

    @Test("every column round-trips through its letters")
    func everyColumnRoundTrips() {
        var previous = ""
        for column in 1...CellReference.maxColumn {
            let letters = CellReference.columnLetters(column)
            #expect(CellReference.columnNumber(letters) == column)
            // Letters sort by length, then alphabetically, the order Excel lays columns out.
            #expect(letters.count > previous.count || (letters.count == previous.count && letters > previous))
            previous = letters
        }
    }

    @Test("column numbers reject non-letters and columns past XFD", arguments: ["", "A1", "XFE", "AAAA", "-"])
    func columnNumberRejects(letters: String) {
        #expect(CellReference.columnNumber(letters) == nil)
    }

    @Test("formats and re-parses", arguments: [
        CellReference(row: 1, column: 1), CellReference(row: 42, column: 28),
        CellReference(row: 1_048_576, column: 16_384), CellReference(row: 999, column: 702),
    ])
    func roundTrip(reference: CellReference) {
        #expect(CellReference(reference.description) == reference)
    }

    @Test("orders by row, then column")
    func ordering() throws {
        let refs = ["B1", "A2", "A1", "AA1"].compactMap(CellReference.init)
        #expect(refs.sorted().map(\.description) == ["A1", "B1", "AA1", "A2"])
    }

    @Test("dimension ranges")
    func dimensions() throws {
        #expect(DimensionRef.lastColumn("A1:T200001") == 20)
        #expect(DimensionRef.lastColumn("C7") == 3)
        #expect(DimensionRef.lastColumn("A1:XFE9") == nil)
        let range = try #require(DimensionRef.range("B2:XFD1048576"))
        #expect(range.first == CellReference(row: 2, column: 2))
        #expect(range.last == CellReference(row: 1_048_576, column: 16_384))
        #expect(DimensionRef.range("nonsense") == nil)
    }
}
