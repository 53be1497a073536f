/// `_rels/.rels`: the package's links to the workbook and the document properties.
enum RootRelationshipsPart {
    static func xml() -> String {
        RelationshipsXML.document([
            ("rId1", PartXML.RelationshipType.officeDocument, "xl/workbook.xml", false),
            ("rId2", PartXML.RelationshipType.coreProperties, "docProps/core.xml", false),
            ("rId3", PartXML.RelationshipType.extendedProperties, "docProps/app.xml", false),
        ])
    }
}
