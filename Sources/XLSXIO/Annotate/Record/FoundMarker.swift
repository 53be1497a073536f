/// sen2xl's record as found in an input workbook.
struct FoundMarker: Sendable {
    var marker: AnnotationMarker
    /// The record's part (`customXml/item1.xml`).
    var part: String
    /// True when the workbook part links it, as sen2xl wrote it; false when another program
    /// moved or dropped the link, a sign that it rewrote the parts the record describes.
    var linkedFromWorkbook: Bool
}
