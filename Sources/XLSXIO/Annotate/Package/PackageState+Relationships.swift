extension PackageState {
    /// The relationships of `source` as the package now stands (after any undo).
    func relationships(of source: String) throws(XLSXError) -> [Relationship] {
        let relsPart = PartName.relationshipsPart(for: source)
        guard exists(relsPart) else { return [] }
        let doc = try editor(for: relsPart).flushed()
        return doc.children(of: doc.root, named: "Relationship").compactMap { r in
            guard let id = doc.attributeValue("Id", of: r), let target = doc.attributeValue("Target", of: r) else { return nil }
            let external = doc.attributeValue("TargetMode", of: r)?.lowercased() == "external"
            return Relationship(id: id, type: doc.attributeValue("Type", of: r) ?? "", target: target, isExternal: external,
                                resolvedPart: external ? nil : PartName.resolve(target: target, from: source))
        }
    }

    /// An id not used by any relationship of `source`: one more than the largest `rIdN`.
    func unusedRelationshipID(of source: String, avoiding extra: Set<String> = []) throws(XLSXError) -> String {
        let ids = Set(try relationships(of: source).map(\.id)).union(extra)
        var n = ids.compactMap { $0.hasPrefix("rId") ? Int($0.dropFirst(3)) : nil }.max() ?? 0
        repeat { n += 1 } while ids.contains("rId\(n)")
        return "rId\(n)"
    }

    /// Adds a relationship from `source` to the part `target`, creating the relationships part
    /// when `source` has none.
    func addRelationship(from source: String, id: String, type: String, to target: String) throws(XLSXError) {
        let relsPart = PartName.relationshipsPart(for: source)
        let editor: PartEditor
        if exists(relsPart) {
            editor = try self.editor(for: relsPart)
        } else {
            let skeleton = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"\(PartXML.packageRelationshipsNamespace)\"></Relationships>"
            editor = try create(relsPart, bytes: Array(skeleton.utf8), contentElement: "Relationship")
            try ensureContentType(PartXML.ContentType.relationships, for: relsPart, asDefault: true)
        }
        let doc = try editor.flushed()
        let prefix = doc.elements[doc.root].prefix
        let xml = "<\(prefix)Relationship Id=\"\(XMLText.attribute(id))\" Type=\"\(XMLText.attribute(type))\""
            + " Target=\"\(XMLText.attribute(PartName.relativeTarget(to: target, from: source)))\"/>"
        editor.insertChildren([xml], into: doc.root, path: ElementPath(doc.elements[doc.root].localName))
        try editor.flushOrThrow(file: file)
    }
}

extension PartEditor {
    /// The document after applying queued changes.
    func flushed() throws(XLSXError) -> XMLSpliceDocument {
        try flushOrThrow(file: nil)
        return document
    }

    /// Applies queued changes, reporting a failure against the workbook `file`.
    func flushOrThrow(file: String?) throws(XLSXError) {
        do { try flush() } catch { throw XLSXError(error, file: file ?? part) }
    }
}
