/// One annotate (or clear) operation: takes back an earlier run's changes, applies the new
/// annotations, records them, and writes the output.
final class AnnotationRun {
    let book: Workbook
    let state: PackageState
    let output: String
    let overwrite: Bool
    /// Whether note lines start with their severity (`Error: …`).
    let severityLabels: Bool
    /// The relationship-type base (transitional or Strict), which is also the namespace of `r:id`.
    let relationshipBase: String
    /// The SpreadsheetML main namespace the workbook uses.
    let mainNamespace: String
    /// The folder of the workbook part (`xl`), where new parts go.
    let workbookFolder: String
    var report = AnnotationReport()
    var plans: [String: SheetEditPlan] = [:]
    var sheetRecords: [SheetRecord] = []
    var styles: StylesEditor?
    var allocator: ShapeIDAllocator?
    var temporaryFiles: [String] = []

    init(input: String, output: String, overwrite: Bool, severityLabels: Bool = true) throws(XLSXError) {
        book = try Workbook(path: input)
        state = PackageState(workbook: book)
        self.output = output
        self.overwrite = overwrite
        self.severityLabels = severityLabels
        let worksheetType = book.relationships.first(ofType: "worksheet")?.type
        relationshipBase = worksheetType.map { String($0.dropLast("/worksheet".count)) }
            ?? "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        mainNamespace = book.workbookXML.namespaceURI ?? PartXML.mainNamespace
        workbookFolder = PartName.split(book.workbookPart).folder
        try OutputCheck.verify(input: input, output: output, overwrite: overwrite, macroEnabled: try isMacroEnabled())
    }

    deinit {
        for path in temporaryFiles { OutputCheck.remove(path) }
    }

    /// `name` inside the workbook's folder.
    func inWorkbookFolder(_ name: String) -> String {
        workbookFolder.isEmpty ? name : workbookFolder + "/" + name
    }

    private func isMacroEnabled() throws(XLSXError) -> Bool {
        let doc = try state.editor(for: PackageState.contentTypesPart).flushed()
        let name = "/" + book.workbookPart.lowercased()
        return doc.children(of: doc.root, named: "Override").contains {
            doc.attributeValue("PartName", of: $0)?.lowercased() == name
                && (doc.attributeValue("ContentType", of: $0) ?? "").contains("macroEnabled")
        }
    }

    /// Runs the whole operation.
    func perform(_ annotations: [CellAnnotation], summary: SummarySheet?) throws(XLSXError) -> AnnotationReport {
        if let earlier = try findMarker() {
            if earlier.linkedFromWorkbook {
                try undo(earlier.marker)
            } else {
                // Moved by another program (LibreOffice), which also rewrote the parts the
                // record describes: take sen2xl's notes and summary sheet back by content.
                try undoRewritten(earlier)
            }
            report.removedEarlierAnnotations = true
        }
        let work = try group(annotations)
        if work.contains(where: { !$0.targets.isEmpty }) || summary != nil {
            styles = try StylesEditor(state: state, workbookPart: book.workbookPart, relationshipBase: relationshipBase)
        }
        if summary != nil { try planDeselection() }
        try editSheets(work)
        if let summary { try addSummary(summary) }
        try styles?.finish()
        try writeMarker()
        try writeOutput()
        return report
    }
}
