import Testing
@testable import XLSXIO

/// Excel limits a sheet name to 31 UTF-16 code units, not 31 characters: an emoji uses two,
/// and so does an accent written as a letter plus a combining mark.
@Suite("Sheet name length")
struct SheetNameLengthTests {
    static let emoji16 = String(repeating: "😀", count: 16)  // 16 characters, 32 units
    static let combining16 = String(repeating: "e\u{301}", count: 16)  // 16 characters, 32 units

    @Test("a name over 31 UTF-16 units is refused even when it has fewer characters", arguments: [emoji16, combining16])
    func tooLong(name: String) throws {
        let problem = try #require(SheetName.problem(with: name))
        #expect(problem.contains("at most 31"))
        let scratch = try WriterScratch()
        let book = try WorkbookWriter(path: scratch.file("x.xlsx"))
        #expect(throws: XLSXError.self) { _ = try book.addSheet(named: name) }
    }

    @Test("31 UTF-16 units is allowed")
    func longestAllowed() {
        #expect(SheetName.problem(with: String(repeating: "😀", count: 15) + "a") == nil)
        #expect(SheetName.problem(with: String(repeating: "n", count: 31)) == nil)
    }

    @Test("a name cut from a file name fits in 31 units without splitting a character")
    func sanitisedCut() {
        let emoji = SheetName.sanitised(String(repeating: "😀", count: 31))
        #expect(emoji == String(repeating: "😀", count: 15))
        let mixed = SheetName.sanitised("a" + String(repeating: "😀", count: 20))
        #expect(mixed == "a" + String(repeating: "😀", count: 15))
        let accents = SheetName.sanitised(String(repeating: "e\u{301}", count: 20))
        #expect(accents.utf16.count == 30 && accents == String(repeating: "e\u{301}", count: 15))
        #expect(SheetName.problem(with: emoji) == nil && SheetName.problem(with: mixed) == nil)
    }

    @Test("an annotation summary tab name fits in 31 units, with or without a number added")
    func summaryTabCut() {
        let wanted = String(repeating: "😀", count: 20)
        let first = SummarySheetXML.uniqueName(wanted, taken: [])
        #expect(first.utf16.count <= 31 && first == String(repeating: "😀", count: 15))
        let second = SummarySheetXML.uniqueName(wanted, taken: [first])
        #expect(second.utf16.count <= 31 && second.hasSuffix(" (2)") && SheetName.problem(with: second) == nil)
    }
}
