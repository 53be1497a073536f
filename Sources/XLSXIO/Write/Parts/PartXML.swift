/// Namespaces, content types and relationship types used by the part writers, and the
/// declaration every part starts with.
enum PartXML {
    /// The XML declaration Excel writes at the top of every part.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// SpreadsheetML main namespace.
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    /// Office document relationships namespace (the `r:` prefix).
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// Package relationships namespace (`.rels` parts).
    static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// Relationship type URIs by kind.
    enum RelationshipType {
        static let officeDocument = relationshipsNamespace + "/officeDocument"
        static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        static let extendedProperties = relationshipsNamespace + "/extended-properties"
        static let worksheet = relationshipsNamespace + "/worksheet"
        static let styles = relationshipsNamespace + "/styles"
        static let sharedStrings = relationshipsNamespace + "/sharedStrings"
        static let hyperlink = relationshipsNamespace + "/hyperlink"
        static let comments = relationshipsNamespace + "/comments"
        static let vmlDrawing = relationshipsNamespace + "/vmlDrawing"
    }

    /// Content types by part kind.
    enum ContentType {
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let xml = "application/xml"
        static let vml = "application/vnd.openxmlformats-officedocument.vmlDrawing"
        static let workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        static let worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
        static let sharedStrings = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
        static let comments = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
        static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    }

    /// `name="value"` with the value escaped, preceded by a space.
    static func attribute(_ name: String, _ value: String) -> String {
        " " + name + "=\"" + XMLText.attribute(value) + "\""
    }

    /// A number as attribute or element text: integers without a decimal point.
    static func number(_ value: Double) -> String { CellValue.numberText(value) }
}
