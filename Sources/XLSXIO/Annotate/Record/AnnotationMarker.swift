/// sen2xl's hidden record of what it changed in a workbook, stored in the file as a custom
/// XML part (which Excel keeps and shows nowhere), so that a later run can take the changes
/// back exactly before annotating again, or when asked to clear them.
struct AnnotationMarker: Sendable {
    /// The namespace of the record's root element.
    static let namespace = "urn:sen2xl:annotations"
    /// The record format this version writes and reads.
    static let version = "1"
    /// The fixed id of the record's data-store item (sen2xl's own).
    static let itemID = "{5E2D7A41-9C3B-4F0E-8A6D-2B1C0E7F4A93}"

    var parts: [PartRecord] = []
    var sheets: [SheetRecord] = []
    /// The name of the summary sheet the run added, so that it can be found by name once
    /// another program has rewritten the workbook (older records lack it).
    var summaryName: String?

    // MARK: - Writing

    /// The record as an XML document.
    func document() -> String {
        let e = AnnotationMarker.e
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<sen2xl xmlns=\"\(AnnotationMarker.namespace)\" version=\"\(AnnotationMarker.version)\">"
        for p in parts {
            x += "<part name=\"\(e(p.part))\" created=\"\(p.created ? 1 : 0)\""
            if let c = p.contentElement { x += " content=\"\(e(c))\"" }
            x += ">" + p.edits.map(AnnotationMarker.edit).joined() + "</part>"
        }
        for s in sheets {
            x += "<sheet part=\"\(e(s.part))\"" + (s.sheetDataExpanded ? " sheetDataExpanded=\"1\"" : "") + ">"
            for c in s.cells {
                x += "<cell ref=\"\(c.ref)\"" + (c.created ? " created=\"1\"" : "")
                    + (c.originalStyle.map { " original=\"\(e($0))\"" } ?? "") + " applied=\"\(e(c.appliedStyle))\"/>"
            }
            for r in s.rows {
                x += "<row r=\"\(r.index)\"" + (r.created ? " created=\"1\"" : "") + (r.expanded ? " expanded=\"1\"" : "")
                    + (r.spans.map { " spansOriginal=\"\(e($0.original))\" spansApplied=\"\(e($0.applied))\"" } ?? "") + "/>"
            }
            if let d = s.dimension { x += "<dimension original=\"\(e(d.original))\" applied=\"\(e(d.applied))\"/>" }
            if let l = s.legacyDrawing { x += "<legacyDrawing>\(e(l))</legacyDrawing>" }
            if let n = s.namespaceDeclaration { x += "<namespace name=\"\(e(n.original))\" value=\"\(e(n.applied))\"/>" }
            for (k, t) in s.tabSelected.enumerated() {
                if let t { x += "<tabSelected index=\"\(k)\" original=\"\(e(t))\"/>" }
            }
            for n in s.notes { x += "<note ref=\"\(n)\"/>" }
            x += "</sheet>"
        }
        if let summaryName { x += "<summary name=\"\(e(summaryName))\"/>" }
        return x + "</sen2xl>"
    }

    private static func edit(_ edit: PartEdit) -> String {
        switch edit {
        case let .insertedChild(path, print):
            return "<insertedChild fingerprint=\"\(print)\">" + pathXML(path) + "</insertedChild>"
        case let .appendedIndexedChildren(path, prints):
            return "<appendedIndexedChildren fingerprints=\"\(prints.map(\.description).joined(separator: " "))\">" + pathXML(path) + "</appendedIndexedChildren>"
        case let .changedAttribute(path, name, original, applied):
            return "<changedAttribute name=\"\(e(name))\"" + (original.map { " original=\"\(e($0))\"" } ?? "")
                + " applied=\"\(e(applied))\">" + pathXML(path) + "</changedAttribute>"
        case let .changedContent(path, original, applied):
            return "<changedContent>" + pathXML(path) + "<original>\(e(original))</original><applied>\(e(applied))</applied></changedContent>"
        case let .expanded(path):
            return "<expanded>" + pathXML(path) + "</expanded>"
        }
    }

    private static func pathXML(_ path: ElementPath) -> String {
        "<path>" + path.steps.map { s in
            "<step name=\"\(e(s.name))\"" + (s.attribute.map { " attribute=\"\(e($0))\" value=\"\(e(s.value ?? ""))\"" } ?? "") + "/>"
        }.joined() + "</path>"
    }

    /// Escapes for both attributes and content, keeping tabs, line feeds and carriage returns
    /// exact through a parser's normalisation.
    private static func e(_ s: String) -> String { XMLText.attribute(s) }

    // MARK: - Reading

    /// Reads a record, or returns nil when `bytes` is not a sen2xl record.
    ///
    /// - Throws: when it is one but cannot be understood (a newer format, or damaged).
    static func read(_ bytes: [UInt8], part: String, file: String) throws(XLSXError) -> AnnotationMarker? {
        guard let root = try? XMLTreeElement.parse(bytes: bytes, part: part),
              root.name == "sen2xl", root.namespaceURI == namespace else { return nil }
        func damaged(_ why: String) -> XLSXError {
            XLSXError(code: .malformedPart, file: file, part: part,
                      message: "sen2xl's record of earlier annotations \(why); annotate the original workbook instead")
        }
        guard root.attribute("version") == version else { throw damaged("was written by a newer sen2xl") }
        var marker = AnnotationMarker()
        for p in root.children("part") {
            guard let name = p.attribute("name") else { throw damaged("is damaged") }
            var edits: [PartEdit] = []
            for node in p.children {
                guard let edit = try readEdit(node) else { throw damaged("is damaged") }
                edits.append(edit)
            }
            marker.parts.append(PartRecord(part: name, created: p.attribute("created") == "1", contentElement: p.attribute("content"), edits: edits))
        }
        for s in root.children("sheet") {
            guard let name = s.attribute("part") else { throw damaged("is damaged") }
            var r = SheetRecord(part: name)
            r.sheetDataExpanded = s.attribute("sheetDataExpanded") == "1"
            for c in s.children("cell") {
                guard let ref = c.attribute("ref").flatMap(CellReference.init), let applied = c.attribute("applied") else { throw damaged("is damaged") }
                r.cells.append(SheetRecord.Cell(ref: ref, created: c.attribute("created") == "1", originalStyle: c.attribute("original"), appliedStyle: applied))
            }
            for row in s.children("row") {
                guard let index = row.attribute("r").flatMap({ Int($0) }) else { throw damaged("is damaged") }
                var record = SheetRecord.Row(index: index, created: row.attribute("created") == "1", expanded: row.attribute("expanded") == "1")
                if let o = row.attribute("spansOriginal"), let a = row.attribute("spansApplied") { record.spans = ValueChange(original: o, applied: a) }
                r.rows.append(record)
            }
            if let d = s.child("dimension"), let o = d.attribute("original"), let a = d.attribute("applied") { r.dimension = ValueChange(original: o, applied: a) }
            r.legacyDrawing = s.child("legacyDrawing")?.text
            if let n = s.child("namespace"), let name = n.attribute("name"), let value = n.attribute("value") {
                r.namespaceDeclaration = ValueChange(original: name, applied: value)
            }
            for t in s.children("tabSelected") {
                guard let k = t.attribute("index").flatMap({ Int($0) }), k >= 0, k < 1000 else { throw damaged("is damaged") }
                while r.tabSelected.count <= k { r.tabSelected.append(nil) }
                r.tabSelected[k] = t.attribute("original")
            }
            r.notes = s.children("note").compactMap { $0.attribute("ref").flatMap(CellReference.init) }
            marker.sheets.append(r)
        }
        marker.summaryName = root.child("summary")?.attribute("name")
        return marker
    }

    private static func readEdit(_ node: XMLTreeElement) throws(XLSXError) -> PartEdit? {
        guard let pathNode = node.child("path") else { return nil }
        let path = ElementPath(steps: pathNode.children("step").map {
            ElementPath.Step(name: $0.attribute("name") ?? "", attribute: $0.attribute("attribute"), value: $0.attribute("value"))
        })
        switch node.name {
        case "insertedChild":
            return node.attribute("fingerprint").flatMap { ContentFingerprint(parsing: $0) }.map { .insertedChild(path, $0) }
        case "appendedIndexedChildren":
            let prints = (node.attribute("fingerprints") ?? "").split(separator: " ").map { ContentFingerprint(parsing: String($0)) }
            guard !prints.contains(where: { $0 == nil }) else { return nil }
            return .appendedIndexedChildren(path, prints.compactMap { $0 })
        case "changedAttribute":
            guard let name = node.attribute("name"), let applied = node.attribute("applied") else { return nil }
            return .changedAttribute(path, name: name, original: node.attribute("original"), applied: applied)
        case "changedContent":
            guard let original = node.child("original")?.text, let applied = node.child("applied")?.text else { return nil }
            return .changedContent(path, original: original, applied: applied)
        case "expanded":
            return .expanded(path)
        default:
            return nil
        }
    }
}
