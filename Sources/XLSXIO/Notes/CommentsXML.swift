/// The comments part (`xl/commentsN.xml`) that holds the text of a sheet's notes.
///
/// Each note is one run in Excel's note font (Tahoma 8, the indexed "comment" colour 81), as
/// Excel itself writes it. The part is linked to its sheet only through the sheet's
/// relationships; the box each note is drawn in lives in the VML drawing
/// (``VMLDrawingXML``).
public enum CommentsXML {
    /// The whole part.
    ///
    /// - Parameters:
    ///   - authors: the author names; `authorIndex` in `comments` points into this list.
    ///   - comments: one entry per cell (a cell with two `<comment>`s makes Excel repair the
    ///     file).
    public static func document(authors: [String], comments: [(ref: CellReference, authorIndex: Int, text: String)]) -> String {
        var x = PartXML.declaration + "<comments xmlns=\"\(PartXML.mainNamespace)\"><authors>"
        for author in authors { x += "<author>" + XMLText.escaped(author) + "</author>" }
        x += "</authors><commentList>"
        for c in comments { x += commentElement(ref: c.ref, authorIndex: c.authorIndex, text: c.text) }
        return x + "</commentList></comments>"
    }

    /// One `<comment>` element.
    public static func commentElement(ref: CellReference, authorIndex: Int, text: String) -> String {
        "<comment ref=\"\(ref)\" authorId=\"\(authorIndex)\"><text><r><rPr><sz val=\"8\"/><color indexed=\"81\"/>"
            + "<rFont val=\"Tahoma\"/><family val=\"2\"/></rPr>" + XMLText.textElement(text) + "</r></text></comment>"
    }
}
