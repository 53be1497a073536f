/// What ``WorkbookAnnotator`` did.
public struct AnnotationReport: Sendable, Hashable {
    /// Cells that received at least one annotation.
    public var annotatedCells = 0
    /// Cells whose format was changed to a highlight.
    public var highlightedCells = 0
    /// Cells that did not exist and were created to carry a highlight.
    public var createdCells = 0
    /// Notes added to cells that had none.
    public var notesAdded = 0
    /// Existing notes that sen2xl's lines were appended to.
    public var notesExtended = 0
    /// Names of the sheets that were changed.
    public var sheetsChanged: [String] = []
    /// The name given to the summary sheet, when one was added.
    public var summarySheetName: String?
    /// True when the input held sen2xl's earlier annotations, which were removed first.
    public var removedEarlierAnnotations = false

    /// Creates an empty report.
    public init() {}
}
