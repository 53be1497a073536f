import Testing
import XLSXIO

/// Rows and cells the streaming reader could only read by putting values in the wrong place
/// (out of order, repeated, or past `XFD1048576`), and numbers no cell can hold. Each is a
/// typed error naming the file, sheet and row or cell, never a silently moved value.
@Suite("Misplaced cells")
struct MisplacedCellTests {
    /// Reads a one-sheet workbook (sheet `S`) holding `rows`; returns the error it must fail with.
    static func failure(_ rows: String, _ code: XLSXError.Code = .malformedPart,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> XLSXError? {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("book.xlsx", TestWorkbook(sheets: [("S", rows)]).zipped)
        let error = ReadFailure.expect(code, reading: path, sourceLocation: sourceLocation)
        #expect(error?.sheet == "S", sourceLocation: sourceLocation)
        #expect(error?.part == "xl/worksheets/sheet1.xml", sourceLocation: sourceLocation)
        return error
    }

    @Test("a row numbered below the row before is refused, naming both rows")
    func rowGoesBack() throws {
        let error = try Self.failure(#"<row r="3"><c r="A3"><v>3</v></c></row><row r="1"><c r="A1"><v>0</v></c></row>"#)
        #expect(error?.message.hasPrefix("row 1 comes after row 3: the rows of this sheet are out of order; open and save") == true)
    }

    @Test("a row after a later one is refused even when an earlier row came first")
    func rowGoesBackLater() throws {
        let error = try Self.failure(#"<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>"#)
        #expect(error?.message.hasPrefix("row 2 comes after row 3") == true)
    }

    @Test("a repeated row number is refused")
    func rowRepeated() throws {
        let error = try Self.failure(#"<row r="2"><c r="A2"><v>2</v></c></row><row r="2"><c r="B2"><v>22</v></c></row>"#)
        #expect(error?.message.hasPrefix("row 2 appears twice") == true)
    }

    @Test("a row without r whose first cell goes back is refused")
    func implicitRowGoesBack() throws {
        let error = try Self.failure(#"<row r="5"><c><v>5</v></c></row><row><c r="B4"><v>4</v></c></row>"#)
        #expect(error?.message.hasPrefix("row 4 comes after row 5") == true)
    }

    @Test("a cell whose column repeats is refused, naming the cell", arguments: [
        (#"<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="C1"><v>33</v></c></row>"#, "C1", "cell C1 appears twice in row 1"),
        (#"<row r="1"><c r="C1"><v>3</v></c><c r="C1"><v>33</v></c></row>"#, "C1", "cell C1 appears twice in row 1"),
        (#"<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c><c r="C2"><v>3</v></c></row>"#, "C2", "cell C2 appears twice in row 2"),
    ])
    func cellGoesBack(rows: String, cell: String, message: String) throws {
        let error = try Self.failure(rows)
        #expect(error?.cell == cell)
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    }

    @Test("a reference past XFD1048576 is refused, naming it", arguments: [
        (#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#, "cell reference XFE1 is beyond"),
        (#"<row><c r="A1048577"><v>1</v></c></row>"#, "cell reference A1048577 is beyond"),
        (#"<row r="1048577"><c><v>1</v></c></row>"#, "row 1048577 is beyond"),
        (#"<row r="1"><c r="ZZZZZZZZZZZZZZZZZZZZZZ99999999999999999999999"><v>1</v></c></row>"#, "cell reference ZZZZ"),
    ])
    func beyondSheet(rows: String, message: String) throws {
        let error = try Self.failure(rows)
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    }

    @Test("a number too large for a double is refused, naming the cell")
    func infiniteNumber() throws {
        let error = try Self.failure(#"<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>1e400</v></c></row>"#, .invalidValue)
        #expect(error?.cell == "B1")
        #expect(error?.message.contains("1e400") == true)
    }
}
