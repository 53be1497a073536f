/// `[Content_Types].xml`: the content type of every part, by extension default or by name.
struct ContentTypesPart {
    /// Worksheet part names (`xl/worksheets/sheet1.xml`).
    var worksheets: [String] = []
    /// Comments part names.
    var comments: [String] = []
    /// Whether the package has a shared-strings part.
    var hasSharedStrings = false

    func xml() -> String {
        var x = PartXML.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        x += "<Default Extension=\"rels\" ContentType=\"\(PartXML.ContentType.relationships)\"/>"
        x += "<Default Extension=\"xml\" ContentType=\"\(PartXML.ContentType.xml)\"/>"
        // One vml Default at most: a second one makes Excel repair the file.
        if !comments.isEmpty { x += "<Default Extension=\"vml\" ContentType=\"\(PartXML.ContentType.vml)\"/>" }
        func override(_ part: String, _ type: String) -> String {
            "<Override PartName=\"/\(part)\" ContentType=\"\(type)\"/>"
        }
        x += override("xl/workbook.xml", PartXML.ContentType.workbook)
        for w in worksheets { x += override(w, PartXML.ContentType.worksheet) }
        x += override("xl/styles.xml", PartXML.ContentType.styles)
        if hasSharedStrings { x += override("xl/sharedStrings.xml", PartXML.ContentType.sharedStrings) }
        for c in comments { x += override(c, PartXML.ContentType.comments) }
        x += override("docProps/core.xml", PartXML.ContentType.coreProperties)
        x += override("docProps/app.xml", PartXML.ContentType.extendedProperties)
        return x + "</Types>"
    }
}
