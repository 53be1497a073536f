/// A hyperlink on a cell: to a web address, or to a place in the workbook.
public struct Hyperlink: Hashable, Sendable {
    /// Where the link goes.
    public enum Target: Hashable, Sendable {
        /// An external address (`https://…`, `mailto:…`), stored as a relationship.
        case url(String)
        /// A cell or range in the workbook, e.g. sheet `Data`, `A1`.
        case cell(sheet: String, CellReference)
        /// A place in the workbook in Excel's own syntax (`'My sheet'!B2`, a defined name).
        case location(String)
    }

    /// The cell holding the link.
    public var cell: CellReference
    /// Where it goes.
    public var target: Target
    /// Text shown when hovering, or nil.
    public var tooltip: String?

    /// Creates a hyperlink.
    public init(cell: CellReference, target: Target, tooltip: String? = nil) {
        self.cell = cell
        self.target = target
        self.tooltip = tooltip
    }

    /// The `location` attribute for an in-workbook target, or nil for a URL.
    var location: String? {
        switch target {
        case .url: return nil
        case .cell(let sheet, let ref): return SheetName.quotedForFormula(sheet) + "!" + ref.description
        case .location(let text): return text.hasPrefix("#") ? String(text.dropFirst()) : text
        }
    }
}
