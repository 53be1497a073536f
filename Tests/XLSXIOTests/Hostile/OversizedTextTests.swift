import Testing
import XLSXIO

/// One enormous text node (a shared string or a cell value) must not be gathered into memory
/// in full before a limit is checked. The parts here inflate to 400 MB; the ratio limit is
/// raised out of the way so that only the text limits can stop them.
@Suite("Oversized text")
struct OversizedTextTests {
    static let size = 400 << 20
    static let permissive = ReadLimits(maxCompressionRatio: 1_000_000, maxSharedStringBytes: 1 << 20,
                                       maxWholePartSize: 1 << 20, maxRowBytes: 1 << 20)

    /// A workbook where `part` is `head`, then `size` bytes of `a`, then `tail`, deflated.
    static func workbook(part: String, head: String, tail: String) -> [UInt8] {
        var book = TestWorkbook(sheets: [("Sheet1", #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#)], sharedStrings: ["x"])
        let payload = TestDeflate.bomb(head: Array(head.utf8), byte: UInt8(ascii: "a"), copies: size / 258, tail: Array(tail.utf8))
        book.replace(part, with: TestZip.Entry(name: part, method: 8, payload: payload, crc: 0, declaredSize: 1_000))
        return book.zipped
    }

    static let ns = TestWorkbook.mainNamespace
    /// Each part the reader gathers text from, wrapped around its 400 MB run of text, and the
    /// limit that must stop it.
    static let cases: [(limit: String, part: String, head: String, tail: String)] = [
        ("shared-string", "xl/sharedStrings.xml", "<sst xmlns=\"\(ns)\"><si><t>", "</t></si></sst>"),
        ("whole-part", "xl/workbook.xml", "<workbook xmlns=\"\(ns)\" xmlns:r=\"\(TestWorkbook.relationshipNamespace)\"><!--",
         "--><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("row-size", "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(ns)\"><sheetData><row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>",
         "</t></is></c></row></sheetData></worksheet>"),
        ("row-size", "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(ns)\"><sheetData><row r=\"1\"><c r=\"B1\"><v>1",
         "</v></c></row></sheetData></worksheet>"),
    ]

    @Test("400 MB of text in one node stops at its limit with flat memory", arguments: cases)
    func hugeText(limit: String, part: String, head: String, tail: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("huge-text.xlsx", Self.workbook(part: part, head: head, tail: tail))
        let before = try #require(ProcessMemory.peakResident, "needs /proc/self/status")
        let error = ReadFailure.expect(.limitExceeded, reading: path, limits: Self.permissive)
        #expect(error?.part == part, "the \(limit) limit")
        let growth = (ProcessMemory.peakResident ?? 0) - before
        #expect(growth < 100 << 20, "peak resident memory grew by \(growth >> 20) MB")
    }
}
