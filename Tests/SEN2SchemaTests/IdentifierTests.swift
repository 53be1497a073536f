import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("Identifiers")
struct IdentifierTests {
    @Test(arguments: ["B801200005001", "A950000178301", "H243278544154", "M80120000500A", "Y80120000500Z"])
    func validUPNsPassTheCheckLetter(_ text: String) throws {
        let upn = try #require(UPN(text))
        #expect(upn.checkLetterIsValid)
        #expect(upn.finalCharacterIsValid)
    }

    @Test func wrongCheckLetterIsKeptButFails() throws {
        let upn = try #require(UPN("A801200005001"))
        #expect(!upn.checkLetterIsValid)
        #expect(UPN.checkLetter(forLast12: "801200005001") == "B")
    }

    @Test func theArborWorkedExampleIsWrong() throws {
        // The published example claims Q; the weighted sum is 266, remainder 13, letter P.
        #expect(UPN.checkLetter(forLast12: "207000016049") == "P")
        #expect(try #require(UPN("Q207000016049")).checkLetterIsValid == false)
    }

    @Test func temporaryUPNsAreRecognised() throws {
        let upn = try #require(UPN("M80120000500A"))
        #expect(upn.isTemporary)
        #expect(try #require(UPN("B801200005001")).isTemporary == false)
        #expect(try #require(UPN("A80120000500I")).finalCharacterIsValid == false)
    }

    @Test func upnReadingNormalisesCaseAndSpaces() throws {
        let upn = try #require(UPN.read(.string("b801 2000 05001")))
        #expect(upn.text == "B801200005001")
        #expect(upn.laCode == "801")
    }

    @Test(arguments: ["", "B80120000500", "B8012000050011", "1801200005001", "B80120A005001"])
    func malformedUPNsAreNotRead(_ text: String) {
        #expect(UPN(text) == nil)
    }

    @Test func upnLACodeCheckUsesTheIssuerList() throws {
        #expect(try #require(UPN("E000200005001")).hasRecognisedLACode == false)
        #expect(try #require(UPN("B801200005001")).hasRecognisedLACode)
        // The rule-1510 test values use codes outside the LA list: the checks are separate.
        #expect(try #require(UPN("A950000178301")).hasRecognisedLACode == false)
        #expect(LocalAuthority.isUPNIssuer("001"))
        #expect(LocalAuthority.isUPNIssuer("670"))
        #expect(!LocalAuthority.isUPNIssuer("999"))
    }

    @Test func ulnCheckDigit() throws {
        #expect(try #require(ULN("1000000043")).checkDigitIsValid)
        #expect(try #require(ULN("1000000063")).checkDigitIsValid == false)
        #expect(try #require(ULN("1000000044")).checkDigitIsValid == false)
        #expect(try #require(ULN("0000000000")).checkDigitIsValid == false)
        #expect(ULN.read(.number(1_000_000_043))?.text == "1000000043")
        #expect(ULN("123") == nil)
    }

    @Test func urnUKPRNAndLACodes() throws {
        #expect(URN.read(.number(123_456))?.text == "123456")
        #expect(URN("12345") == nil)
        #expect(UKPRN("10012345")?.text == "10012345")
        #expect(UKPRN("20012345") == nil)
        #expect(LACode.read(.number(202))?.text == "202")
        #expect(LACode.read(.string("202 – Camden"))?.text == "202")
        #expect(LACode("xxx")?.isUnknown == true)
        #expect(try #require(LACode("909")).isCurrentEnglishLA == false)
        #expect(try #require(LACode("942")).isCurrentEnglishLA)
    }

    /// The template Guide says a dropdown's label alone is enough: "Greenwich" is 203, in any
    /// case or spacing, in `LEA`, `TransferLA` and `Exported` alike.
    @Test func laCodeReadsTheAuthorityNameAlone() {
        #expect(LACode.read(.string("Greenwich"))?.text == "203")
        #expect(LACode.read(.string("  camden "))?.text == "202")
        #expect(LACode.read(.string("tower  HAMLETS"))?.text == "211")
        #expect(LACode.read(.string("Stockton-on-Tees"))?.text == "808")
        #expect(LACode.read(.string("Atlantis")) == nil)
    }

    @Test(arguments: [("sw1a1aa", "SW1A 1AA"), ("M1 1AE", "M1 1AE"), ("b33 8th", "B33 8TH"), ("CR26XH", "CR2 6XH"), ("DN55 1PT", "DN55 1PT")])
    func postcodesNormalise(_ raw: String, _ expected: String) {
        #expect(Postcode(raw)?.text == expected)
    }

    @Test(arguments: ["", "SW1A", "12345", "SW1A 1A1", "AAAA 1AA"])
    func malformedPostcodesAreNotRead(_ raw: String) {
        #expect(Postcode(raw) == nil)
    }
}
