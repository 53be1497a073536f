import Testing
import XLSXIO

/// Files that are not workbooks, or workbooks whose container or parts are damaged.
@Suite("Damaged and foreign files")
struct DamagedPackageTests {
    static let sheetPart = "xl/worksheets/sheet1.xml"

    static var plainBook: TestWorkbook {
        TestWorkbook(sheets: [("Data", #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>42</v></c></row>"#)],
                     sharedStrings: ["hello"])
    }

    static func write(_ bytes: [UInt8], as name: String = "book.xlsx", then check: (String) throws -> Void) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try check(try folder.write(name, bytes))
    }

    @Test("the plain test workbook itself reads correctly")
    func plainBookReads() throws {
        try Self.write(Self.plainBook.zipped) { path in
            let dump = try WorkbookDump(path: path)
            #expect(dump.sheet("Data")?.cells["A1"]?.value == .string("hello"))
            #expect(dump.sheet("Data")?.cells["B1"]?.value == .number(42))
        }
    }

    @Test("a truncated zip is reported as damaged", arguments: [0.02, 0.3, 0.6, 0.9, 0.99])
    func truncated(fraction: Double) throws {
        let bytes = Self.plainBook.zipped
        try Self.write(Array(bytes.prefix(Int(Double(bytes.count) * fraction)))) { path in
            let error = ReadFailure.expect(.damagedArchive, reading: path)
            #expect(error?.message.contains("re-download") == true)
        }
    }

    @Test("a zip missing only the last byte is reported as damaged")
    func lastByteMissing() throws {
        try Self.write(Array(Self.plainBook.zipped.dropLast())) { path in
            ReadFailure.expect(.damagedArchive, reading: path)
        }
    }

    static let foreignFiles: [(name: String, bytes: [UInt8], hint: String)] = [
        ("empty.xlsx", [], "empty"),
        ("data.xlsx", Array("name,age\nAda,36\n".utf8), "text file"),
        ("page.xlsx", Array("<!DOCTYPE html><html><body>Sign in</body></html>".utf8), "text file"),
        ("noise.xlsx", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }, "not an .xlsx"),
        ("pk.xlsx", [0x50, 0x4B], "not an .xlsx"),
    ]

    @Test("a file that is not a zip at all is not a workbook", arguments: foreignFiles)
    func notAZip(name: String, bytes: [UInt8], hint: String) throws {
        try Self.write(bytes, as: name) { path in
            let error = ReadFailure.expect(.notAWorkbook, reading: path)
            #expect(error?.message.contains(hint) == true, "\(error?.message ?? "")")
        }
    }

    @Test("a missing file and a folder are reported as such")
    func missingFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        ReadFailure.expect(.fileNotFound, reading: folder.path + "/absent.xlsx")
        ReadFailure.expect(.fileNotFound, reading: folder.path)
    }

    @Test("an Excel 97–2003 .xls workbook is told to be saved as .xlsx")
    func legacyXLS() {
        let error = ReadFailure.expect(.legacyFormat, reading: FixturePaths.path("hostile/legacy-libreoffice.xls"))
        #expect(error?.message.contains(".xlsx") == true)
    }

    @Test("an .xlsb workbook is told to be saved as .xlsx", arguments: [true, false])
    func binaryWorkbook(relationshipPointsAtBin: Bool) throws {
        var book = Self.plainBook
        book.remove("xl/workbook.xml")
        book.replace("xl/workbook.bin", with: .stored("xl/workbook.bin", [0x83, 0x01, 0x00, 0x9C, 0x01, 0x00]))
        if relationshipPointsAtBin {
            book.replace("_rels/.rels", text: """
                <Relationships xmlns="\(TestWorkbook.packageRelationshipNamespace)">\
                <Relationship Id="rId1" Type="\(TestWorkbook.relationshipNamespace)/officeDocument" Target="xl/workbook.bin"/>\
                </Relationships>
                """)
        }
        try Self.write(book.zipped, as: "book.xlsb") { path in
            let error = ReadFailure.expect(.binaryFormat, reading: path)
            #expect(error?.message.contains(".xlsx") == true)
        }
    }

    @Test("a zip without a workbook part is refused")
    func missingWorkbookPart() throws {
        var book = Self.plainBook
        book.remove("xl/workbook.xml")
        try Self.write(book.zipped) { path in
            let error = ReadFailure.expect(.missingPart, reading: path)
            #expect(error?.part == "xl/workbook.xml")
        }
        try Self.write(TestZip.archive([.stored("readme.txt", "not a workbook")])) { path in
            ReadFailure.expect(.missingPart, reading: path)
        }
    }

    @Test("a sheet whose part is missing names the part")
    func missingSheetPart() throws {
        var book = Self.plainBook
        book.remove(Self.sheetPart)
        try Self.write(book.zipped) { path in
            let error = ReadFailure.expect(.missingPart, reading: path)
            #expect(error?.part == Self.sheetPart)
        }
    }

    @Test("a sheet whose relationship is missing names the sheet")
    func missingSheetRelationship() throws {
        var book = Self.plainBook
        book.replace("xl/_rels/workbook.xml.rels", text: "<Relationships xmlns=\"\(TestWorkbook.packageRelationshipNamespace)\"/>")
        try Self.write(book.zipped) { path in
            let error = ReadFailure.expect(.missingPart, reading: path)
            #expect(error?.sheet == "Data")
        }
    }

    @Test("a shared-string index out of range names the sheet and the cell", arguments: ["7", "1", "99999999999999999999"])
    func sharedStringOutOfRange(index: String) throws {
        let book = TestWorkbook(sheets: [("Pupils", #"<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="4"><c r="C4" t="s"><v>\#(index)</v></c></row>"#)],
                                sharedStrings: ["only one"])
        try Self.write(book.zipped) { path in
            let error = ReadFailure.expect(.sharedStringOutOfRange, reading: path)
            #expect(error?.sheet == "Pupils")
            #expect(error?.cell == "C4")
            #expect(error?.part == Self.sheetPart)
        }
    }

    @Test("a shared-string reference with no table at all is out of range")
    func sharedStringWithoutTable() throws {
        let book = TestWorkbook(sheets: [("S", #"<row r="2"><c r="B2" t="s"><v>0</v></c></row>"#)])
        try Self.write(book.zipped) { path in
            let error = ReadFailure.expect(.sharedStringOutOfRange, reading: path)
            #expect(error?.cell == "B2")
        }
    }

    @Test("a part whose checksum does not match is reported as damaged")
    func checksumMismatch() throws {
        var book = Self.plainBook
        var entry = TestZip.Entry.stored(Self.sheetPart, TestWorkbook.worksheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#))
        entry.crc ^= 0xDEAD_BEEF
        book.replace(Self.sheetPart, with: entry)
        try Self.write(book.zipped) { path in
            let error = ReadFailure.expect(.damagedArchive, reading: path)
            #expect(error?.part == Self.sheetPart)
        }
    }

    @Test("a zip that lists one name twice is refused")
    func duplicateNames() throws {
        var book = Self.plainBook
        book.entries.append(.stored(Self.sheetPart, TestWorkbook.worksheet(#"<row r="1"><c r="A1"><v>666</v></c></row>"#)))
        try Self.write(book.zipped) { path in
            let error = ReadFailure.expect(.damagedArchive, reading: path)
            #expect(error?.message.contains("same name") == true)
        }
    }

    @Test("an encrypted zip entry is refused as password-protected")
    func encryptedEntry() throws {
        var book = Self.plainBook
        var entry = TestZip.Entry.stored(Self.sheetPart, Array(repeating: 0x55, count: 64))
        entry.flags = 1
        book.replace(Self.sheetPart, with: entry)
        try Self.write(book.zipped) { path in
            let error = ReadFailure.expect(.encrypted, reading: path)
            #expect(error?.part == Self.sheetPart)
        }
    }

    @Test("a row with more cells than a sheet has columns is refused")
    func tooManyCellsInRow() throws {
        let cells = String(repeating: "<c><v>1</v></c>", count: CellReference.maxColumn + 1)
        let book = TestWorkbook(sheets: [("Wide", "<row r=\"1\">\(cells)</row>")])
        try Self.write(book.zipped) { path in
            let error = ReadFailure.expect(.limitExceeded, reading: path)
            #expect(error?.sheet == "Wide")
            #expect(error?.message.contains("row 1") == true)
        }
    }
}
