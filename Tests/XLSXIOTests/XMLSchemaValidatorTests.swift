import Foundation
import Testing
@testable import XLSXIO

@Suite("XML schema validation")
struct XMLSchemaValidatorTests {
    static let schema = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xs:element name="list"><xs:complexType><xs:sequence>
        <xs:element name="item" maxOccurs="unbounded"><xs:complexType><xs:sequence>
          <xs:element name="n" type="xs:integer"/>
        </xs:sequence></xs:complexType></xs:element>
      </xs:sequence></xs:complexType></xs:element>
    </xs:schema>
    """

    static func file(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "xsd-test-" + UUID().uuidString + ".xml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aConformingFileHasNoViolations() throws {
        let validator = try XMLSchemaValidator(schema: Array(Self.schema.utf8), name: "test.xsd")
        let path = try Self.file("<list>\n<item>\n<n>1</n>\n</item>\n</list>\n")
        #expect(try validator.validate(file: path).isEmpty)
    }

    @Test func violationsNameTheElementPathAndLine() throws {
        let validator = try XMLSchemaValidator(schema: Array(Self.schema.utf8), name: "test.xsd")
        let path = try Self.file("<list>\n<item>\n<n>1</n>\n</item>\n<item>\n<n>two</n>\n</item>\n</list>\n")
        let violations = try validator.validate(file: path)
        #expect(violations.count == 1)
        #expect(violations.first?.line == 6)
        #expect(violations.first?.path == "list/item[2]/n")
        #expect(violations.first?.message.contains("'two'") == true)
    }

    @Test func theStreamCheckFindsTheSameViolations() throws {
        let validator = try XMLSchemaValidator(schema: Array(Self.schema.utf8), name: "test.xsd")
        let text = "<list>\n" + String(repeating: "<item>\n<n>1</n>\n</item>\n", count: 20_000) + "<item>\n<n>x</n>\n</item>\n</list>\n"
        let path = try Self.file(text)
        let check = XMLSchemaStreamCheck(validator: validator, name: path)
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = min(4096, bytes.count - offset)
            bytes[offset..<offset + n].withUnsafeBytes { check.feed($0) }
            offset += n
        }
        let violations = check.finish(path: path)
        #expect(violations.map(\.path) == ["list/item[20001]/n"])
    }

    @Test func anInvalidSchemaIsRefused() {
        #expect(throws: XMLParseError.self) { try XMLSchemaValidator(schema: Array("<xs:schema".utf8), name: "bad.xsd") }
        #expect(throws: XMLParseError.self) {
            try XMLSchemaValidator(schema: Array("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>".utf8), name: "bad.xsd")
        }
    }
}
