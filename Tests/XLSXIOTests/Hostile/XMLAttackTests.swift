import Testing
import XLSXIO

/// XML-level attacks and faults: external entities (XXE), entity expansion ("billion
/// laughs") and malformed XML, in each kind of part the reader parses.
@Suite("XML attacks and faults")
struct XMLAttackTests {
    static let ns = TestWorkbook.mainNamespace
    static let rel = TestWorkbook.relationshipNamespace

    /// The parts the reader parses, each with a well-formed body to wrap an attack around.
    static let targets: [(part: String, root: String, body: String)] = [
        ("xl/workbook.xml", "workbook", #"<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>"#),
        ("xl/_rels/workbook.xml.rels", "Relationships", ""),
        ("xl/worksheets/sheet1.xml", "worksheet", #"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData>"#),
        ("xl/sharedStrings.xml", "sst", "<si><t>&e;</t></si>"),
        ("xl/styles.xml", "styleSheet", #"<numFmts count="1"><numFmt numFmtId="164" formatCode="&e;"/></numFmts>"#),
    ]

    static func workbook(replacing part: String, with text: String) -> [UInt8] {
        var book = TestWorkbook(sheets: [("Sheet1", #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#)], sharedStrings: ["x"])
        book.replace("xl/_rels/workbook.xml.rels", text: """
            <Relationships xmlns="\(TestWorkbook.packageRelationshipNamespace)">\
            <Relationship Id="rId1" Type="\(rel)/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="\(rel)/sharedStrings" Target="sharedStrings.xml"/>\
            <Relationship Id="rId3" Type="\(rel)/styles" Target="styles.xml"/></Relationships>
            """)
        book.replace("xl/styles.xml", text: "<styleSheet xmlns=\"\(ns)\"/>")
        book.replace(part, text: text)
        return book.zipped
    }

    static func document(root: String, body: String, doctype: String) -> String {
        let namespace = root == "Relationships" ? TestWorkbook.packageRelationshipNamespace : ns
        let entity = body.contains("&e;") || root == "Relationships" ? body : body + "<!-- &e; -->"
        return "<?xml version=\"1.0\"?>\n\(doctype)\n<\(root) xmlns=\"\(namespace)\" xmlns:r=\"\(rel)\">\(entity)</\(root)>"
    }

    /// Reads a workbook whose `part` carries `doctype` (given the part's root element name),
    /// expecting it to be refused as malformed.
    static func refuse(part: String, doctype: (String) -> String) throws -> XLSXError? {
        let target = try #require(targets.first { $0.part == part })
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = document(root: target.root, body: target.body, doctype: doctype(target.root))
        let path = try folder.write("attack.xlsx", workbook(replacing: part, with: text))
        let error = ReadFailure.expect(.malformedPart, reading: path)
        #expect(error?.part == part)
        return error
    }

    @Test("an external entity (XXE) is refused in every parsed part", arguments: targets.map(\.part))
    func externalEntity(part: String) throws {
        let error = try Self.refuse(part: part) { "<!DOCTYPE \($0) [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" }
        #expect(error?.message.contains("DOCTYPE") == true)
        #expect(error?.description.contains("root:") == false)
    }

    @Test("entity expansion (billion laughs) is refused quickly in every parsed part", arguments: targets.map(\.part))
    func billionLaughs(part: String) throws {
        var entities = "<!ENTITY e0 \"lol\">"
        for level in 1...9 { entities += "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: 10) + "\">" }
        _ = try Self.refuse(part: part) { "<!DOCTYPE \($0) [\(entities)<!ENTITY e \"&e9;\">]>" }
    }

    @Test("malformed XML names the part, line and column", arguments: [
        ("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(ns)\">\n<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></row>\n</sheetData></worksheet>", 3),
        ("xl/sharedStrings.xml", "<sst xmlns=\"\(ns)\">\n<si><t>a</t></si>\n<si><t>b</t>\n</sst>", 4),
        ("xl/workbook.xml", "<workbook xmlns=\"\(ns)\"\n<sheets/></workbook>", 2),
        ("xl/styles.xml", "<styleSheet xmlns=\"\(ns)\"><numFmts>\n\n</styleSheet>", 3),
        ("xl/_rels/workbook.xml.rels", "<Relationships>\n<Relationship Id=\"rId1\" Target=\"x\">\n", 2),
        ("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(ns)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>", 1),
        ("xl/worksheets/sheet1.xml", "", 1),
        ("xl/worksheets/sheet1.xml", "\u{FEFF}\u{FEFF}<worksheet/>", 1),
        ("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(ns)\"><sheetData>\u{1}</sheetData></worksheet>", 1),
    ])
    func malformedXML(part: String, text: String, line: Int) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("malformed.xlsx", Self.workbook(replacing: part, with: text))
        let error = ReadFailure.expect(.malformedPart, reading: path)
        #expect(error?.part == part)
        #expect(error?.message.contains("line \(line)") == true, "\(error?.message ?? "")")
        if part == "xl/worksheets/sheet1.xml" { #expect(error?.sheet == "Sheet1") }
    }

    @Test("bytes that are not UTF-8 are refused, not read as garbage")
    func invalidEncoding() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var book = TestWorkbook(sheets: [("Sheet1", "")])
        let bad = Array("<worksheet xmlns=\"\(Self.ns)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".utf8)
            + [0xFF, 0xFE, 0xC3] + Array("</t></is></c></row></sheetData></worksheet>".utf8)
        book.replace("xl/worksheets/sheet1.xml", with: .stored("xl/worksheets/sheet1.xml", bad))
        let path = try folder.write("encoding.xlsx", book.zipped)
        ReadFailure.expect(.malformedPart, reading: path)
    }
}
