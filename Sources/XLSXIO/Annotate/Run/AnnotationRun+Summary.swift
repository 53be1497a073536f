extension AnnotationRun {
    /// Adds the summary sheet after the existing sheets and makes it the active tab.
    func addSummary(_ summary: SummarySheet) throws(XLSXError) {
        let name = SummarySheetXML.uniqueName(summary.name, taken: currentSheets.map(\.name))
        let part = state.unusedName { inWorkbookFolder("worksheets/sheet\($0).xml") }
        let xml = SummarySheetXML.document(summary, mainNamespace: mainNamespace) { [styles] style in
            styles?.summaryStyle(style) ?? 0
        }
        try state.create(part, bytes: Array(xml.utf8), contentElement: nil)
        let id = try state.unusedRelationshipID(of: book.workbookPart)
        try state.addRelationship(from: book.workbookPart, id: id, type: relationshipBase + "/worksheet", to: part)
        try state.ensureContentType(PartXML.ContentType.worksheet, for: part, asDefault: false)
        try WorkbookPartEditor.addActiveSheet(named: name, relationshipID: id, relationshipsNamespace: relationshipBase,
                                              to: try state.editor(for: book.workbookPart), file: book.path)
        report.summarySheetName = name
    }
}
