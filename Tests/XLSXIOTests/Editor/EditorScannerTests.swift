import Testing
@testable import XLSXIO

@Suite("Editor: XML byte scanner")
struct EditorScannerTests {
    /// Tokens of `xml` as (kind, exact text), scanning with the whole input available.
    static func tokens(_ xml: String) throws -> [(XMLTokenKind, String)] {
        let bytes = Array(xml.utf8)
        return try bytes.withUnsafeBufferPointer { b in
            var out: [(XMLTokenKind, String)] = []
            var i = 0
            while i < b.count {
                guard case .token(let t) = XMLByteScanner.scan(b, from: i, atEnd: true) else {
                    throw ScanFailure(offset: i)
                }
                out.append((t.kind, XMLByteScanner.string(b, t.start, t.end)))
                i = t.end
            }
            return out
        }
    }

    struct ScanFailure: Error { let offset: Int }

    @Test func findsEveryKindOfMarkup() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b>\">]><x:root a='1>2' b=\"&lt;\"/>"
            + "<!-- a > b -- c --><![CDATA[<row>]]>text<c r=\"A1\"/></x:root>"
        let kinds = try Self.tokens(xml).map(\.0)
        #expect(kinds == [.processingInstruction, .declaration, .emptyElementTag, .comment, .cdata, .text, .emptyElementTag, .endTag])
        #expect(try Self.tokens(xml)[2].1 == "<x:root a='1>2' b=\"&lt;\"/>")
    }

    @Test func reportsLocalNameAfterAnyPrefix() throws {
        let bytes = Array("<x14:dataValidation sqref=\"A1\">".utf8)
        try bytes.withUnsafeBufferPointer { b in
            guard case .token(let t) = XMLByteScanner.scan(b, from: 0, atEnd: true) else { throw ScanFailure(offset: 0) }
            #expect(XMLByteScanner.hasLocalName(t, "dataValidation", in: b))
            #expect(XMLByteScanner.string(b, t.nameStart, t.nameEnd) == "x14:dataValidation")
            #expect(t.kind == .startTag)
        }
    }

    @Test(arguments: ["<c r=\"A1", "<!-- open", "<![CDATA[ x", "<?pi", "</row"])
    func waitsForMoreDataInsideMarkup(_ prefix: String) {
        let bytes = Array(prefix.utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(XMLByteScanner.scan(b, from: 0, atEnd: false) == .needsMoreData)
            if case .malformed = XMLByteScanner.scan(b, from: 0, atEnd: true) {} else { Issue.record("expected malformed at the end") }
        }
    }

    @Test func readsAttributesWithBothQuotesAndSpacing() throws {
        let bytes = Array("<c  r = 'B7'\ns=\"12\" t=\"s\" x:y=\"z\"/>".utf8)
        try bytes.withUnsafeBufferPointer { b in
            guard case .token(let t) = XMLByteScanner.scan(b, from: 0, atEnd: true) else { throw ScanFailure(offset: 0) }
            var seen: [String] = []
            XMLByteScanner.forEachAttribute(of: t, in: b) { a in
                seen.append(XMLByteScanner.string(b, a.nameStart, a.nameEnd) + "=" + XMLByteScanner.string(b, a.valueStart, a.valueEnd))
                return true
            }
            #expect(seen == ["r=B7", "s=12", "t=s", "x:y=z"])
            #expect(XMLByteScanner.attribute(localName: "y", prefixed: true, of: t, in: b) != nil)
        }
    }

    @Test func attributeEditsHaveExactInverses() throws {
        for original in ["<c r=\"A1\">", "<c r=\"A1\"/>", "<c r=\"A1\" />", "<c r=\"A1\" s=\"3\">"] {
            var tag = Array(original.utf8)
            let had = BufferedRow.attribute("s", of: tag)
            BufferedRow.edit(&tag) { t, b in XMLTagEdits.setAttribute("s", to: "42", of: t, in: b) }
            #expect(BufferedRow.attribute("s", of: tag) == "42")
            BufferedRow.edit(&tag) { t, b in XMLTagEdits.restoreAttribute("s", original: had, of: t, in: b) }
            #expect(String(decoding: tag, as: UTF8.self) == original)
        }
    }
}
