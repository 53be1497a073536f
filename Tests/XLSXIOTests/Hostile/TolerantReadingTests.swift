import Testing
import XLSXIO

/// Odd but valid files that must be read, not refused: a workbook with the wrong extension,
/// and rows and cells that leave out their `r` references (the schema makes both optional).
@Suite("Tolerant reading")
struct TolerantReadingTests {
    static func read(_ rows: String, as name: String = "book.xlsx") throws -> [Row] {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write(name, TestWorkbook(sheets: [("S", rows)], sharedStrings: ["first", "second"]).zipped)
        let book = try Workbook(path: path)
        let reader = try book.openSheet(book.sheets[0])
        var rows: [Row] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    /// Rows as `(row, [(column, value tag)])`, for compact comparisons.
    static func layout(_ rows: [Row]) -> [String] {
        rows.map { row in "\(row.index):" + row.cells.map { "\($0.column)=\($0.value.pinTag)" }.joined(separator: ",") }
    }

    @Test("a workbook named .txt (or with no extension) is read by its content", arguments: ["book.txt", "book", "BOOK.XLSX", "book.xlsm"])
    func wrongExtension(name: String) throws {
        let rows = try Self.read(#"<row r="1"><c r="A1" t="s"><v>1</v></c></row>"#, as: name)
        #expect(Self.layout(rows) == ["1:1=s:second"])
    }

    @Test("a formula with no saved value is empty but flagged; one with a value (even an empty string), or a blank cell, is not")
    func formulaWithoutSavedValue() throws {
        let rows = try Self.read("""
            <row r="1"><c r="A1"><f>1</f></c><c r="B1" t="str"><f>"7902930503"</f></c>            <c r="C1"><f>2</f><v>2</v></c><c r="D1" s="0"/><c r="E1" t="str"><f>""</f><v></v></c></row>
            """)
        let cells = try #require(rows.first).cells
        #expect(cells.map(\.value.isEmpty) == [true, true, false, true, false])
        #expect(cells.map(\.formulaWithoutValue) == [true, true, false, false, false])
    }

    @Test("cells without r take the next column")
    func cellsWithoutReference() throws {
        let rows = try Self.read("""
            <row r="1"><c t="s"><v>0</v></c><c><v>2</v></c><c t="b"><v>1</v></c></row>\
            <row r="2"><c r="C2"><v>3</v></c><c><v>4</v></c><c r="F2"><v>5</v></c><c t="e"><v>#N/A</v></c></row>
            """)
        #expect(Self.layout(rows) == ["1:1=s:first,2=n:2,3=b:true", "2:3=n:3,4=n:4,6=n:5,7=e:#N/A"])
    }

    @Test("cells out of column order within a row are put back in order")
    func unorderedCells() throws {
        let rows = try Self.read(#"<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>"#)
        #expect(Self.layout(rows) == ["1:1=n:1,3=n:3", "2:2=n:2"])
    }

    @Test("rows without r follow the row before, or take their first cell's row")
    func rowsWithoutReference() throws {
        let rows = try Self.read("""
            <row><c><v>1</v></c></row><row><c><v>2</v></c></row>\
            <row r="5"><c><v>5</v></c></row><row><c><v>6</v></c></row>\
            <row><c r="B9"><v>9</v></c><c><v>10</v></c></row><row/><row><c><v>11</v></c></row>
            """)
        #expect(Self.layout(rows) == ["1:1=n:1", "2:1=n:2", "5:1=n:5", "6:1=n:6", "9:2=n:9,3=n:10", "10:", "11:1=n:11"])
    }

    @Test("value kinds a producer may write without Excel's styles")
    func valueKinds() throws {
        let rows = try Self.read("""
            <row r="1"><c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B1" t="d"><v>2024-02-29</v></c>\
            <c r="C1" t="d"><v>2024-02-29T13:45:30Z</v></c><c r="D1" t="d"><v>08:15:00</v></c>\
            <c r="E1" t="inlineStr"><is><r><t>rich </t></r><r><t xml:space="preserve">text </t></r><rPh><t>ignored</t></rPh></is></c>\
            <c r="F1" t="b"><v>0</v></c><c r="G1"><v>-1.5E-3</v></c><c r="H1" t="n"><v>9007199254740991</v></c>\
            <c r="I1" t="inlineStr"><is><t>_x0041__x000D_&#x1F600;&amp;</t></is></c><c r="J1" t="e"><v>#DIV/0!</v></c>\
            <c r="K1"/><c r="L1" s="3"><v></v></c><c r="M1" t="d"><v>not a date</v></c></row>
            """)
        #expect(Self.layout(rows) == [
            "1:1=s:ab,2=d:2024-02-29,3=dt:2024-02-29T13:45:30,4=t:08:15:00,5=s:rich text ,6=b:false,7=n:-0.0015,"
                + "8=n:9007199254740991,9=s:A\r😀&,10=e:#DIV/0!,11=empty,12=empty,13=s:not a date",
        ])
        #expect(rows.first?.cells.first { $0.column == 12 }?.style == 3)
    }
}
