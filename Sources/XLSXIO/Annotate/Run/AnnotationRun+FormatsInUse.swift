extension AnnotationRun {
    /// The record's part changes, less the formats sen2xl appended to the styles part when a
    /// cell, row or column sen2xl did not style now uses one of its cell formats (the user
    /// copied a highlighted cell's format): removing them would leave that cell's index past
    /// the end of `cellXfs`, or hand it the next run's format. They are kept, with the fonts
    /// and fills they point at, and become the user's.
    func keepingFormatsInUse(_ marker: AnnotationMarker) throws(XLSXError) -> [PartRecord] {
        guard let k = marker.parts.firstIndex(where: { $0.edits.contains(where: Self.appendsCellFormats) }),
              state.exists(marker.parts[k].part) else { return marker.parts }
        let doc = try state.editor(for: marker.parts[k].part).flushed()
        guard case let .appendedIndexedChildren(path, prints)? = marker.parts[k].edits.first(where: Self.appendsCellFormats),
              let container = ElementPathResolver(doc).resolve(path) else { return marker.parts }
        let count = doc.children(of: container).count
        let formats = max(0, count - prints.count)..<count
        var inUse = false
        for sheet in currentSheets where sheet.kind == .worksheet && !inUse {
            let own = Set(marker.sheets.filter { $0.part.lowercased() == sheet.part.lowercased() }.flatMap { $0.cells.map(\.ref) })
            // A damaged sheet (a part that fails its checksum, say) is copied raw and never
            // annotated; it cannot be scanned, so it is taken not to use the formats, as
            // before this check existed.
            inUse = (try? SheetStyleUseScanner.uses(formats, part: sheet.part, in: book.archive, ignoring: own)) ?? false
        }
        guard inUse else { return marker.parts }
        var parts = marker.parts
        let kept = Set(parts[k].edits.compactMap { edit -> ElementPath? in
            if case let .appendedIndexedChildren(path, _) = edit { return path } else { return nil }
        })
        // Their containers' `count` attributes stay as well, to match.
        parts[k].edits.removeAll { edit in
            switch edit {
            case .appendedIndexedChildren: return true
            case let .changedAttribute(path, name, _, _): return name == "count" && kept.contains(path)
            default: return false
            }
        }
        return parts
    }

    private static func appendsCellFormats(_ edit: PartEdit) -> Bool {
        if case let .appendedIndexedChildren(path, _) = edit { return path.steps.last?.name == "cellXfs" }
        return false
    }
}
