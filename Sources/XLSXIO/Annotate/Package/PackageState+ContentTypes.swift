extension PackageState {
    /// The package's content-types part.
    static let contentTypesPart = "[Content_Types].xml"

    /// Makes sure `part` has content type `type`: nothing when it already has it (by an
    /// `Override`, or a `Default` for its extension); otherwise adds a `Default` for the
    /// extension when `asDefault` and none exists for it, else an `Override`.
    ///
    /// A second `Default` for one extension makes Excel repair the file, so one is added only
    /// when absent.
    func ensureContentType(_ type: String, for part: String, asDefault: Bool) throws(XLSXError) {
        let editor = try self.editor(for: PackageState.contentTypesPart)
        let doc = try editor.flushed()
        let partName = "/" + part
        let ext = PartName.split(part).file.split(separator: ".").last.map { String($0).lowercased() } ?? ""
        var defaultForExtension: String?
        for child in doc.children(of: doc.root) {
            switch doc.elements[child].localName {
            case "Override":
                if doc.attributeValue("PartName", of: child)?.lowercased() == partName.lowercased() { return }
            case "Default":
                if doc.attributeValue("Extension", of: child)?.lowercased() == ext {
                    defaultForExtension = doc.attributeValue("ContentType", of: child)
                }
            default:
                break
            }
        }
        if defaultForExtension == type { return }
        let prefix = doc.elements[doc.root].prefix
        let path = ElementPath(doc.elements[doc.root].localName)
        if asDefault && defaultForExtension == nil && !ext.isEmpty {
            let xml = "<\(prefix)Default Extension=\"\(XMLText.attribute(ext))\" ContentType=\"\(XMLText.attribute(type))\"/>"
            editor.insertChildren([xml], into: doc.root, path: path, before: ["Override"])
        } else {
            let xml = "<\(prefix)Override PartName=\"\(XMLText.attribute(partName))\" ContentType=\"\(XMLText.attribute(type))\"/>"
            editor.insertChildren([xml], into: doc.root, path: path)
        }
        try editor.flushOrThrow(file: file)
    }
}
