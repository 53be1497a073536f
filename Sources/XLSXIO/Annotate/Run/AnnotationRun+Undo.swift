extension AnnotationRun {
    /// sen2xl's record in the input, when an earlier run annotated it, and where it was found.
    ///
    /// sen2xl links its record from the workbook part; LibreOffice moves that link to the
    /// package's own relationships (and other programs may drop it), so those are searched
    /// too, and last every `customXml/*.xml` part.
    func findMarker() throws(XLSXError) -> FoundMarker? {
        var tried: Set<String> = []
        func candidate(_ part: String, linkedFromWorkbook: Bool) throws(XLSXError) -> FoundMarker? {
            guard tried.insert(part.lowercased()).inserted, book.archive.contains(part) else { return nil }
            let bytes: [UInt8]
            do { bytes = try book.archive.read(part) } catch { throw XLSXError(error) }
            return try AnnotationMarker.read(bytes, part: part, file: book.path)
                .map { FoundMarker(marker: $0, part: part, linkedFromWorkbook: linkedFromWorkbook) }
        }
        for rel in book.relationships.entries where rel.isType("customXml") {
            if let part = rel.resolvedPart, let found = try candidate(part, linkedFromWorkbook: true) { return found }
        }
        for rel in try state.relationships(of: "") where rel.isType("customXml") {
            if let part = rel.resolvedPart, let found = try candidate(part, linkedFromWorkbook: false) { return found }
        }
        let loose = book.archive.entryNames.filter {
            let name = $0.lowercased()
            return name.hasPrefix("customxml/") && name.hasSuffix(".xml") && !name.dropFirst(10).contains("/")
                && !name.hasPrefix("customxml/itemprops")
        }
        for part in loose.sorted() {
            if let found = try candidate(part, linkedFromWorkbook: false) { return found }
        }
        return nil
    }

    /// Takes back everything an earlier run recorded. Parts it created are removed once they
    /// hold nothing else; content the user added since stays, with what links it in.
    func undo(_ marker: AnnotationMarker) throws(XLSXError) {
        func holdsContent(_ r: PartRecord) -> Bool { r.created && r.contentElement != nil && r.contentElement != "Relationship" }
        var survivors: [String] = []
        for record in marker.parts where holdsContent(record) && state.exists(record.part) {
            let editor = try state.editor(for: record.part)
            try revert(editor, record.edits)
            let doc = try editor.flushed()
            if doc.elements.contains(where: { $0.localName == record.contentElement }) {
                survivors.append(record.part)
            } else {
                state.delete(record.part)
            }
        }
        for record in marker.parts where record.created && record.contentElement == nil {
            state.delete(record.part)
        }
        let parts = try keepingFormatsInUse(marker)
        // Created relationship parts go first, so that a `Default` content type they needed is
        // seen as unneeded once they are gone.
        let remaining = parts.filter { !holdsContent($0) && (!$0.created || $0.contentElement != nil) }
        for record in remaining.filter(\.created) + remaining.filter({ !$0.created }) where state.exists(record.part) {
            let editor = try state.editor(for: record.part)
            let doc = try editor.flushed()
            var kept: [PartEdit] = []
            for edit in record.edits where try !links(to: survivors, edit, in: doc) { kept.append(edit) }
            try revert(editor, kept)
            if record.created, !(try editor.flushed()).elements.contains(where: { $0.localName == "Relationship" }) {
                state.delete(record.part)
            }
        }
        // A sheet whose record lists only note cells has nothing in its own XML to take back.
        for sheet in marker.sheets where state.exists(sheet.part) && !sheet.changingNothingButNotes {
            var plan = self.plan(for: sheet.part)
            plan.revert = sheet
            if let drawing = sheet.legacyDrawing {
                let id = AnnotationRun.relationshipID(inElement: drawing)
                plan.removeEarlierLegacyDrawing = !(try state.relationships(of: sheet.part)).contains { $0.id == id }
            }
            plans[sheet.part.lowercased()] = plan
        }
    }

    private func revert(_ editor: PartEditor, _ edits: [PartEdit]) throws(XLSXError) {
        do { try editor.revert(edits) } catch { throw XLSXError(error, file: book.path) }
    }

    /// True when `edit` added a relationship or content type for a part that is being kept,
    /// or a `Default` content type that a remaining part without an `Override` still needs.
    private func links(to survivors: [String], _ edit: PartEdit, in doc: XMLSpliceDocument) throws(XLSXError) -> Bool {
        guard case let .insertedChild(_, print) = edit,
              let xml = doc.children(of: doc.root).lazy.map({ doc.text(of: $0) }).first(where: { ContentFingerprint(of: $0) == print })
        else { return false }
        if survivors.contains(where: { xml.contains("/" + PartName.split($0).file + "\"") || xml.contains("\"" + PartName.split($0).file + "\"") }) {
            return true
        }
        guard xml.contains("Default "), let ext = AnnotationRun.attribute("Extension", inElement: xml)?.lowercased() else { return false }
        let doc = try state.editor(for: PackageState.contentTypesPart).flushed()
        let overridden = Set(doc.children(of: doc.root, named: "Override").compactMap { doc.attributeValue("PartName", of: $0)?.lowercased() })
        return state.partNames.contains {
            $0 != PackageState.contentTypesPart && $0.lowercased().hasSuffix("." + ext) && !overridden.contains("/" + $0.lowercased())
        }
    }

    /// The plan for a sheet part, empty when there is none yet.
    func plan(for part: String) -> SheetEditPlan {
        let name = book.sheets.first { $0.part.lowercased() == part.lowercased() }?.name ?? part
        return plans[part.lowercased()] ?? SheetEditPlan(part: part, sheetName: name, relationshipsNamespace: relationshipBase)
    }

    /// The value of the attribute with local name `name` in a one-tag XML string.
    static func attribute(_ name: String, inElement xml: String) -> String? {
        let bytes = Array(xml.utf8)
        return bytes.withUnsafeBufferPointer { b in
            guard case .token(let t) = XMLByteScanner.scan(b, from: 0, atEnd: true), t.isOpening else { return nil }
            var found: String?
            XMLByteScanner.forEachAttribute(of: t, in: b) { a in
                if XMLByteScanner.string(b, a.localNameStart, a.nameEnd) == name {
                    found = XMLEntities.decode(b[a.valueStart..<a.valueEnd])
                    return false
                }
                return true
            }
            return found
        }
    }

    /// The `r:id` of a `<legacyDrawing>` element sen2xl wrote.
    static func relationshipID(inElement xml: String) -> String? {
        attribute("id", inElement: xml)
    }
}
