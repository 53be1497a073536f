/// `xl/sharedStrings.xml`'s head and tail; the `<si>` items between them are streamed by
/// ``SharedStringsBuilder`` as strings first appear.
enum SharedStringsPart {
    /// The declaration and `<sst>` start tag with the reference and distinct-string counts.
    static func head(count: Int, uniqueCount: Int) -> String {
        PartXML.declaration + "<sst xmlns=\"\(PartXML.mainNamespace)\" count=\"\(count)\" uniqueCount=\"\(uniqueCount)\">"
    }

    /// The closing tag.
    static let tail = "</sst>"
}
