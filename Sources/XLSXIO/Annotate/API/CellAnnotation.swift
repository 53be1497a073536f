/// One finding to show on a cell: a highlight (for errors and queries) and a line in the
/// cell's note.
public struct CellAnnotation: Sendable, Hashable {
    /// The sheet's name as shown on its tab.
    public var sheet: String
    /// The cell.
    public var cell: CellReference
    /// How serious the finding is.
    public var severity: AnnotationSeverity
    /// The text for the note. Several annotations on one cell become one note, a line each.
    public var message: String

    /// Creates an annotation.
    public init(sheet: String, cell: CellReference, severity: AnnotationSeverity, message: String) {
        self.sheet = sheet
        self.cell = cell
        self.severity = severity
        self.message = message
    }
}
