/// Adds a sheet to `workbook.xml` after the existing ones and makes it the active tab.
///
/// Appending keeps every `localSheetId` of the defined names right: they are positions in
/// `<sheets>`.
enum WorkbookPartEditor {
    /// Appends `<sheet name=… sheetId=… r:id=…/>` and points `workbookView/@activeTab` at it.
    static func addActiveSheet(named name: String, relationshipID: String, relationshipsNamespace: String,
                               to editor: PartEditor, file: String) throws(XLSXError) {
        let doc = try editor.flushed()
        let root = doc.root
        let rootPath = ElementPath(doc.elements[root].localName)
        guard let sheets = doc.child(of: root, named: "sheets") else {
            throw XLSXError(code: .malformedPart, file: file, part: editor.part, message: "the workbook lists no sheets")
        }
        let existing = doc.children(of: sheets, named: "sheet")
        let nextID = (existing.compactMap { doc.attributeValue("sheetId", of: $0).flatMap { Int($0) } }.max() ?? 0) + 1
        let p = doc.elements[sheets].prefix
        let relPrefix: String
        if let declared = doc.prefix(forNamespace: relationshipsNamespace, at: sheets) {
            relPrefix = declared
        } else {
            relPrefix = ["r", "rel", "sen2xlr"].first { doc.attribute("xmlns:" + $0, of: root) == nil } ?? "sen2xlr"
            editor.setAttribute("xmlns:" + relPrefix, to: XMLText.attribute(relationshipsNamespace), on: root, path: rootPath)
        }
        let sheet = "<\(p)sheet name=\"\(XMLText.attribute(name))\" sheetId=\"\(nextID)\" \(relPrefix):id=\"\(XMLText.attribute(relationshipID))\"/>"
        editor.insertChildren([sheet], into: sheets, path: rootPath.appending("sheets"))
        let position = String(existing.count)
        if let views = doc.child(of: root, named: "bookViews"), let view = doc.child(of: views, named: "workbookView") {
            editor.setAttribute("activeTab", to: position, on: view, path: rootPath.appending("bookViews").appending("workbookView"))
        } else if doc.child(of: root, named: "bookViews") == nil {
            editor.insertChildren(["<\(p)bookViews><\(p)workbookView activeTab=\"\(position)\"/></\(p)bookViews>"],
                                  into: root, path: rootPath, before: ["sheets"])
        }
        try editor.flushOrThrow(file: file)
    }
}
