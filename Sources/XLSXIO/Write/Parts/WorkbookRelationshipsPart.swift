/// `xl/_rels/workbook.xml.rels`: the workbook's links to its sheets (`rId1`… in tab order),
/// styles and shared strings.
struct WorkbookRelationshipsPart {
    /// Sheet part names relative to `xl/` (`worksheets/sheet1.xml`).
    let sheetTargets: [String]
    let hasSharedStrings: Bool

    func xml() -> String {
        var entries: [(id: String, type: String, target: String, external: Bool)] = []
        for (i, target) in sheetTargets.enumerated() {
            entries.append(("rId\(i + 1)", PartXML.RelationshipType.worksheet, target, false))
        }
        entries.append(("rId\(sheetTargets.count + 1)", PartXML.RelationshipType.styles, "styles.xml", false))
        if hasSharedStrings {
            entries.append(("rId\(sheetTargets.count + 2)", PartXML.RelationshipType.sharedStrings, "sharedStrings.xml", false))
        }
        return RelationshipsXML.document(entries)
    }
}
