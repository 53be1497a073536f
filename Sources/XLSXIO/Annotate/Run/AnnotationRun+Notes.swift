extension AnnotationRun {
    /// Adds `notes` to `sheet`: into its existing comments part and notes drawing when it has
    /// them (the drawing may also hold buttons), else into new ones linked to the sheet.
    func attachNotes(_ notes: [(cell: CellReference, text: String)], to sheet: SheetInfo, outcome: SheetEditOutcome) throws(XLSXError) {
        let allocator = try shapeAllocator()
        let rels = try state.relationships(of: sheet.part)
        let drawing: PartEditor
        if outcome.record.legacyDrawing == nil, let id = outcome.legacyDrawingID {
            guard let part = rels.first(where: { $0.id == id })?.resolvedPart, state.exists(part) else {
                throw XLSXError(code: .missingPart, file: book.path, part: sheet.part, sheet: sheet.name,
                                message: "the sheet's notes drawing (relationship \(id)) is missing, so notes cannot be added; save the workbook again from Excel")
            }
            drawing = try state.editor(for: part)
        } else {
            let part = state.unusedName { inWorkbookFolder("drawings/vmlDrawing\($0).vml") }
            let skeleton = VMLDrawingXML.document(idmap: [allocator.newBlock()], shapes: [])
            drawing = try state.create(part, bytes: Array(skeleton.utf8), contentElement: "shape")
            try state.addRelationship(from: sheet.part, id: outcome.legacyDrawingID ?? "", type: relationshipBase + "/vmlDrawing", to: part)
            try state.ensureContentType(PartXML.ContentType.vml, for: part, asDefault: true)
        }
        let comments: PartEditor
        if let part = rels.first(where: { $0.isType("comments") })?.resolvedPart, state.exists(part) {
            comments = try state.editor(for: part)
        } else {
            let part = state.unusedName { inWorkbookFolder("comments\($0).xml") }
            comments = try state.create(part, bytes: Array(CommentsPartEditor.skeleton(namespace: mainNamespace).utf8), contentElement: "comment")
            try state.addRelationship(from: sheet.part, id: try state.unusedRelationshipID(of: sheet.part),
                                      type: relationshipBase + "/comments", to: part)
            try state.ensureContentType(PartXML.ContentType.comments, for: part, asDefault: false)
        }
        let texts = try CommentsPartEditor.add(notes, to: comments, file: book.path)
        let boxes = notes.map { (cell: $0.cell, note: texts[$0.cell] ?? CommentsPartEditor.NoteText(text: $0.text, isNew: true)) }
        try DrawingPartEditor.add(boxes, to: drawing, allocator: allocator, columnWidths: outcome.columnWidths, file: book.path)
        report.notesAdded += boxes.count { $0.note.isNew }
        report.notesExtended += boxes.count { !$0.note.isNew }
    }

    /// The workbook's shape-id allocator, made once (after any undo) and shared by all sheets.
    private func shapeAllocator() throws(XLSXError) -> ShapeIDAllocator {
        if let allocator { return allocator }
        let made = try ShapeIDAllocator(state: state)
        allocator = made
        return made
    }
}
