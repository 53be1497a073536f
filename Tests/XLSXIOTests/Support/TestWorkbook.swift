/// A minimal valid workbook as a list of parts, for a test to alter (drop a part, corrupt
/// one, add a hostile one) before zipping it with ``TestZip``.
struct TestWorkbook {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The zip entries, in archive order.
    var entries: [TestZip.Entry]

    /// A workbook whose sheets are `sheets` (name and the rows inside `<sheetData>`), with a
    /// shared-string table when `sharedStrings` is given.
    init(sheets: [(name: String, rows: String)], sharedStrings: [String]? = nil) {
        var workbookRels = ""
        var sheetList = ""
        var sheetParts: [TestZip.Entry] = []
        for (i, sheet) in sheets.enumerated() {
            let n = i + 1
            sheetList += "<sheet name=\"\(sheet.name)\" sheetId=\"\(n)\" r:id=\"rId\(n)\"/>"
            workbookRels += "<Relationship Id=\"rId\(n)\" Type=\"\(Self.relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(n).xml\"/>"
            sheetParts.append(.stored("xl/worksheets/sheet\(n).xml", Self.worksheet(sheet.rows)))
        }
        if let sharedStrings {
            workbookRels += "<Relationship Id=\"rIdS\" Type=\"\(Self.relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            let items = sharedStrings.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined()
            sheetParts.append(.stored("xl/sharedStrings.xml",
                                      "<sst xmlns=\"\(Self.mainNamespace)\" count=\"\(sharedStrings.count)\" uniqueCount=\"\(sharedStrings.count)\">\(items)</sst>"))
        }
        entries = [
            .stored("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                </Types>
                """),
            .stored("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="\(Self.packageRelationshipNamespace)">\
                <Relationship Id="rId1" Type="\(Self.relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """),
            .stored("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="\(Self.mainNamespace)" xmlns:r="\(Self.relationshipNamespace)"><sheets>\(sheetList)</sheets></workbook>
                """),
            .stored("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="\(Self.packageRelationshipNamespace)">\(workbookRels)</Relationships>
                """),
        ] + sheetParts
    }

    /// A worksheet part around `rows`.
    static func worksheet(_ rows: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="\(mainNamespace)"><sheetData>\(rows)</sheetData></worksheet>
        """
    }

    /// Replaces the part named `name` (or adds it at the end).
    mutating func replace(_ name: String, with entry: TestZip.Entry) {
        if let i = entries.firstIndex(where: { $0.name == name }) { entries[i] = entry } else { entries.append(entry) }
    }

    /// Replaces the part named `name` with stored `text`.
    mutating func replace(_ name: String, text: String) { replace(name, with: .stored(name, text)) }

    /// Drops the part named `name`.
    mutating func remove(_ name: String) { entries.removeAll { $0.name == name } }

    /// The zip archive bytes.
    var zipped: [UInt8] { TestZip.archive(entries) }
}
