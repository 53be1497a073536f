import Testing
import XLSXIO

/// Parts that inflate past the configured size or with a ratio only a zip bomb has.
@Suite("Zip bombs")
struct ZipBombTests {
    static let sheetPart = "xl/worksheets/sheet1.xml"
    static let head = Array(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#.utf8)
    static let tail = Array("</sheetData></worksheet>".utf8)

    /// A workbook whose only sheet is well-formed XML padded with `copies × 258` spaces,
    /// compressed about 1032:1. `declaredSize` overrides the honest size in the headers.
    static func bombWorkbook(copies: Int, declaredSize: UInt32? = nil, checksum: Bool = true) -> [UInt8] {
        var book = TestWorkbook(sheets: [("Bomb", "")])
        let payload = TestDeflate.bomb(head: head, byte: 0x20, copies: copies, tail: tail)
        let size = head.count + 1 + 258 * copies + tail.count
        // The checksum of a bomb's full output is costly to compute in a debug build and is
        // never reached: a reader that read to the end would fail on it and fail the test.
        let crc = checksum ? CRC32.checksum(head + [UInt8](repeating: 0x20, count: 1 + 258 * copies) + tail) : 0
        book.replace(sheetPart, with: TestZip.Entry(name: sheetPart, method: 8, payload: payload, crc: crc,
                                                    declaredSize: declaredSize ?? UInt32(size)))
        return book.zipped
    }

    @Test("the test's own deflate bomb inflates to exactly what it claims")
    func bombIsGenuine() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("small-bomb.xlsx", Self.bombWorkbook(copies: 4_000))
        let archive = try ZipArchive(path: path)
        let bytes = try archive.read(Self.sheetPart)
        #expect(bytes == Self.head + [UInt8](repeating: 0x20, count: 1 + 258 * 4_000) + Self.tail)
        let info = try archive.info(at: try #require(archive.index(of: Self.sheetPart)))
        #expect(info.size / info.compressedSize > 400)
        // And the workbook reads as an empty sheet when no limit is in the way.
        let dump = try WorkbookDump(path: path)
        #expect(dump.sheets.map(\.cells.valueCount) == [0])
    }

    @Test("a part past the configured size limit is refused before inflating")
    func partPastConfiguredLimit() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("bomb.xlsx", Self.bombWorkbook(copies: 8_000))
        let limits = ReadLimits(maxPartSize: 1 << 20)
        let error = ReadFailure.expect(.limitExceeded, reading: path, limits: limits)
        #expect(error?.part == Self.sheetPart)
    }

    @Test("a part whose header under-states its size is stopped while inflating")
    func lyingHeaderStoppedWhileInflating() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("liar.xlsx", Self.bombWorkbook(copies: 8_000, declaredSize: 1_000))
        let limits = ReadLimits(maxPartSize: 1 << 20)
        let error = ReadFailure.expect(.limitExceeded, reading: path, limits: limits)
        #expect(error?.part == Self.sheetPart)
    }

    @Test("a 100 MB part compressed over 1000:1 is refused with the standard limits", arguments: [false, true])
    func absurdRatio(headerLies: Bool) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let copies = 100_000_000 / 258
        let bytes = Self.bombWorkbook(copies: copies, declaredSize: headerLies ? 4_000 : nil, checksum: false)
        #expect(bytes.count < 120_000)
        let path = try folder.write("ratio.xlsx", bytes)
        let error = ReadFailure.expect(.limitExceeded, reading: path)
        #expect(error?.part == Self.sheetPart)
        #expect(error?.message.contains(":1") == true)
    }

    @Test("a shared-string table past the configured size limit is refused")
    func sharedStringsPastLimit() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var book = TestWorkbook(sheets: [("Sheet1", #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#)], sharedStrings: ["x"])
        let head = Array(#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>"#.utf8)
        let tail = Array("</t></si></sst>".utf8)
        let payload = TestDeflate.bomb(head: head, byte: UInt8(ascii: "a"), copies: 20_000, tail: tail)
        book.replace("xl/sharedStrings.xml", with: TestZip.Entry(name: "xl/sharedStrings.xml", method: 8, payload: payload,
                                                                 crc: 0, declaredSize: 100))
        let path = try folder.write("sst-bomb.xlsx", book.zipped)
        let error = ReadFailure.expect(.limitExceeded, reading: path, limits: ReadLimits(maxSharedStringBytes: 1 << 20))
        #expect(error?.part == "xl/sharedStrings.xml")
    }
}
