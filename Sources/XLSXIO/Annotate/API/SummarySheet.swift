/// A sheet sen2xl adds after the workbook's own sheets and makes the active tab: a plain
/// table of caller-supplied rows (counts, findings, an audit trail), with links to cells.
public struct SummarySheet: Sendable, Hashable {
    /// How a summary cell looks.
    public enum Style: String, Sendable, Hashable {
        /// The workbook's default look.
        case plain
        /// Bold, for headings.
        case header
        /// Blue and underlined, for links.
        case link
        /// Wrapped text aligned to the top, for long messages.
        case wrapped
    }

    /// One cell of the table.
    public enum Cell: Sendable, Hashable {
        /// Nothing.
        case empty
        /// Text in the given style.
        case text(String, Style)
        /// A number.
        case number(Double)
        /// Text that links to a cell of the workbook (`'Sheet'!B7`).
        case link(String, sheet: String, cell: CellReference)
    }

    /// The tab name wanted; made unique against the workbook's sheets (and cut to Excel's 31
    /// characters) when the sheet is added.
    public var name: String
    /// Column widths in characters, first column first; columns not listed keep the default.
    public var columnWidths: [Double]
    /// The rows, top first.
    public var rows: [[Cell]]
    /// How many top rows stay in view when scrolling (0 for none).
    public var frozenRows: Int

    /// Creates a summary sheet.
    public init(name: String, columnWidths: [Double] = [], rows: [[Cell]], frozenRows: Int = 0) {
        self.name = name
        self.columnWidths = columnWidths
        self.rows = rows
        self.frozenRows = frozenRows
    }
}
