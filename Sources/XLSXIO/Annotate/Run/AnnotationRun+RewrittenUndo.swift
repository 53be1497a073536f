extension AnnotationRun {
    /// Takes back an earlier run in a workbook another program has since saved (LibreOffice
    /// moves sen2xl's record and renumbers, restyles and rewrites the parts it describes, so
    /// the record cannot be replayed). What can be found by content goes: sen2xl's note text
    /// on the cells the record lists, and the summary sheet it added. Fills stay, as the
    /// program's restyled copies of them cannot be told from the user's own.
    func undoRewritten(_ found: FoundMarker) throws(XLSXError) {
        try removeRecord(found.part)
        let created = Set(found.marker.parts.filter { $0.created && $0.contentElement == nil }.map { $0.part.lowercased() })
        let worksheets = currentSheets.filter { $0.kind == .worksheet }
        // The summary sheet is always appended last; LibreOffice names parts by position, so
        // the last sheet keeps the part name sen2xl gave it when no sheet was added or removed.
        if let last = worksheets.last, last.index == currentSheets.last?.index, created.contains(last.part.lowercased()),
           found.marker.summaryName.map({ $0 == last.name }) ?? true {
            try removeSheet(last)
        }
        for sheet in currentSheets where sheet.kind == .worksheet {
            let cells = Set(found.marker.sheets.filter { $0.part.lowercased() == sheet.part.lowercased() }.flatMap { $0.cells.map(\.ref) + $0.notes })
            if !cells.isEmpty { try removeNoteText(on: cells, of: sheet) }
        }
    }

    /// Removes sen2xl's record part, its properties, and every link to them.
    private func removeRecord(_ part: String) throws(XLSXError) {
        var gone = [part, PartName.relationshipsPart(for: part)]
        gone += try state.relationships(of: part).compactMap(\.resolvedPart).filter { state.exists($0) }
        for p in gone {
            // LibreOffice also gives the record's relationships part an `Override`.
            try unlink(p, from: ["", book.workbookPart])
            state.delete(p)
        }
    }

    /// Removes the relationships from `sources` to `part` and the part's `Override`.
    private func unlink(_ part: String, from sources: [String]) throws(XLSXError) {
        for source in sources {
            let relsPart = PartName.relationshipsPart(for: source)
            guard state.exists(relsPart) else { continue }
            let editor = try state.editor(for: relsPart)
            let doc = try editor.flushed()
            for r in doc.children(of: doc.root, named: "Relationship")
            where doc.attributeValue("TargetMode", of: r)?.lowercased() != "external"
                && doc.attributeValue("Target", of: r).map({ PartName.resolve(target: $0, from: source).lowercased() }) == part.lowercased() {
                editor.removeUnrecorded(r)
            }
            try editor.flushOrThrow(file: book.path)
        }
        let types = try state.editor(for: PackageState.contentTypesPart)
        let doc = try types.flushed()
        for o in doc.children(of: doc.root, named: "Override") where doc.attributeValue("PartName", of: o)?.lowercased() == "/" + part.lowercased() {
            types.removeUnrecorded(o)
        }
        try types.flushOrThrow(file: book.path)
    }

    /// Removes a sheet sen2xl added, keeping the defined names and the active tab pointing
    /// at the same sheets (they are positions in `<sheets>`).
    private func removeSheet(_ sheet: SheetInfo) throws(XLSXError) {
        let editor = try state.editor(for: book.workbookPart)
        let doc = try editor.flushed()
        guard let list = doc.child(of: doc.root, named: "sheets") else { return }
        let sheets = doc.children(of: list, named: "sheet")
        guard let k = sheets.firstIndex(where: { e in
            doc.attributeValue("name", of: e).map { OOXMLEscapes.decode(XMLEntities.decode(Array($0.utf8))) } == sheet.name
        }) else { return }
        editor.removeUnrecorded(sheets[k])
        for name in doc.child(of: doc.root, named: "definedNames").map({ doc.children(of: $0, named: "definedName") }) ?? [] {
            guard let id = doc.attributeValue("localSheetId", of: name).flatMap({ Int($0) }) else { continue }
            if id == k { editor.removeUnrecorded(name) } else if id > k { editor.setAttributeUnrecorded("localSheetId", to: String(id - 1), on: name) }
        }
        for view in doc.child(of: doc.root, named: "bookViews").map({ doc.children(of: $0, named: "workbookView") }) ?? [] {
            for key in ["activeTab", "firstSheet"] {
                guard let tab = doc.attributeValue(key, of: view).flatMap({ Int($0) }), tab >= k else { continue }
                editor.setAttributeUnrecorded(key, to: String(tab == k ? 0 : tab - 1), on: view)
            }
        }
        try editor.flushOrThrow(file: book.path)
        try unlink(sheet.part, from: [book.workbookPart])
        state.delete(sheet.part)
        state.delete(PartName.relationshipsPart(for: sheet.part))
    }
}
