/// One sheet as listed in the workbook, in workbook (tab) order.
public struct SheetInfo: Hashable, Sendable {
    /// Whether the sheet's tab is shown.
    public enum State: String, Hashable, Sendable {
        /// Shown.
        case visible
        /// Hidden, and the user can unhide it.
        case hidden
        /// Hidden so that only code can unhide it.
        case veryHidden
    }

    /// What kind of sheet it is.
    public enum Kind: String, Hashable, Sendable {
        /// A worksheet with cells.
        case worksheet
        /// A chart sheet (no cells).
        case chartsheet
        /// A legacy dialog sheet.
        case dialogsheet
        /// A legacy macro sheet.
        case macrosheet
    }

    /// 1-based position in the workbook.
    public var index: Int
    /// The tab name.
    public var name: String
    /// Visibility.
    public var state: State
    /// Kind of sheet.
    public var kind: Kind
    /// The sheet's part in the package (e.g. `xl/worksheets/sheet1.xml`).
    public var part: String
    /// The `sheetId` attribute.
    public var sheetID: Int
    /// The relationship id in `workbook.xml.rels`.
    public var relationshipID: String
}
