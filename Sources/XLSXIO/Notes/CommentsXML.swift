/// Builders for the comments part (`xl/commentsN.xml`), which holds the text of a sheet's
/// notes. The part is linked to its sheet only through the sheet's relationships; the box
/// each note is drawn in lives in the VML drawing (``VMLDrawingXML``).
///
/// Note text is written as runs in the font Excel uses for notes (Tahoma 8 pt, the indexed
/// note colour 81), so sen2xl's notes look like notes a user typed.
public enum CommentsXML {
    /// The SpreadsheetML main namespace (transitional).
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// A whole comments part.
    ///
    /// - Parameters:
    ///   - authors: author names; `authorIndex` in `comments` points into this list.
    ///   - comments: one entry per cell (two `<comment>`s for one cell make Excel repair the file).
    public static func document(authors: [String], comments: [(ref: CellReference, authorIndex: Int, text: String)]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<comments xmlns=\"\(mainNamespace)\"><authors>"
        xml += authors.map { "<author>" + XMLEscaping.text($0) + "</author>" }.joined()
        xml += "</authors><commentList>"
        xml += comments.map { commentElement(ref: $0.ref, authorIndex: $0.authorIndex, text: $0.text) }.joined()
        return xml + "</commentList></comments>"
    }

    /// One `<comment>` element holding `text` as a single run.
    public static func commentElement(ref: CellReference, authorIndex: Int, text: String) -> String {
        "<comment ref=\"\(ref)\" authorId=\"\(authorIndex)\"><text>" + run(text) + "</text></comment>"
    }

    /// One formatted run (`<r>`) of note text; whitespace is kept exactly.
    public static func run(_ text: String) -> String {
        "<r><rPr><sz val=\"8\"/><color indexed=\"81\"/><rFont val=\"Tahoma\"/><family val=\"2\"/></rPr>"
            + "<t xml:space=\"preserve\">" + XMLEscaping.text(text) + "</t></r>"
    }
}
