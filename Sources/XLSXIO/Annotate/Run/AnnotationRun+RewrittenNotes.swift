extension AnnotationRun {
    /// Removes the note text sen2xl wrote on `cells` of `sheet`, found by content: the trailing
    /// runs whose every line is a note line sen2xl writes (`[rule] message`, `Error: …`). A
    /// note left with nothing else goes, with its shape in the notes drawing.
    func removeNoteText(on cells: Set<CellReference>, of sheet: SheetInfo) throws(XLSXError) {
        let rels = try state.relationships(of: sheet.part)
        guard let part = rels.first(where: { $0.isType("comments") })?.resolvedPart, state.exists(part) else { return }
        let editor = try state.editor(for: part)
        let doc = try editor.flushed()
        var emptied: Set<CellReference> = []
        let list = doc.child(of: doc.root, named: "commentList")
        for comment in list.map({ doc.children(of: $0, named: "comment") }) ?? [] {
            guard let ref = doc.attributeValue("ref", of: comment).flatMap(CellReference.init), cells.contains(ref),
                  let body = doc.child(of: comment, named: "text") else { continue }
            let runs = doc.children(of: body).filter { ["r", "t"].contains(doc.elements[$0].localName) }
            var ours = 0
            for run in runs.reversed() {
                guard AnnotationRun.isNoteText(runText(doc, run)) else { break }
                ours += 1
            }
            if ours == runs.count, ours > 0 {
                editor.removeUnrecorded(comment)
                emptied.insert(ref)
            } else {
                runs.suffix(ours).forEach(editor.removeUnrecorded)
                // LibreOffice moves the line break sen2xl put before its text to the end of the
                // run before; left there, every round trip would add an empty line.
                if ours > 0, let kept = runs.dropLast(ours).last,
                   let t = doc.elements[kept].localName == "t" ? kept : doc.children(of: kept, named: "t").last {
                    let content = doc.content(of: t)
                    for lineBreak in ["&#10;", "&#xA;", "&#xa;", "\n"] where content.hasSuffix(lineBreak) {
                        editor.setContentUnrecorded(String(content.dropLast(lineBreak.count)), of: t)
                        break
                    }
                }
            }
        }
        try editor.flushOrThrow(file: book.path)
        guard !emptied.isEmpty, let vml = rels.first(where: { $0.isType("vmlDrawing") })?.resolvedPart, state.exists(vml) else { return }
        let drawing = try state.editor(for: vml)
        let shapes = try drawing.flushed()
        for k in shapes.elements.indices where shapes.elements[k].localName == "shape" {
            if let cell = DrawingPartEditor.noteCell(shapes, shape: k), emptied.contains(cell) { drawing.removeUnrecorded(k) }
        }
        try drawing.flushOrThrow(file: book.path)
    }

    private func runText(_ doc: XMLSpliceDocument, _ run: Int) -> String {
        let pieces = doc.elements[run].localName == "t" ? [doc.content(of: run)] : doc.children(of: run, named: "t").map { doc.content(of: $0) }
        return OOXMLEscapes.decode(XMLEntities.decode(Array(pieces.joined().utf8)))
    }

    /// True when every line of `text` (a run sen2xl added starts with a line break) is a note
    /// line sen2xl writes: `[rule id] message`, or a severity label with or without a message.
    static func isNoteText(_ text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSuffix("\r") }
        let body = lines.first == "" ? Array(lines.dropFirst()) : lines
        guard !body.isEmpty else { return false }
        let labels = [AnnotationSeverity.error, .query, .info].map(\.label)
        return body.allSatisfy { line in
            if line.hasPrefix("["), let close = line.firstIndex(of: "]"), close > line.index(after: line.startIndex),
               !line[line.index(after: line.startIndex)..<close].contains(where: \.isWhitespace) {
                return true
            }
            return labels.contains { line == $0 || line.hasPrefix($0 + ": ") }
        }
    }
}

private extension Substring {
    func trimmingSuffix(_ suffix: String) -> Substring { hasSuffix(suffix) ? dropLast(suffix.count) : self }
}
