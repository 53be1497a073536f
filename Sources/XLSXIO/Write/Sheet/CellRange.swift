/// A rectangle of cells, written `A1:C9` (or `B2` for one cell).
public struct CellRange: Hashable, Sendable, LosslessStringConvertible {
    /// The top-left cell.
    public var first: CellReference
    /// The bottom-right cell.
    public var last: CellReference

    /// Creates the range spanning two corners, in either order.
    public init(_ a: CellReference, _ b: CellReference) {
        first = CellReference(row: min(a.row, b.row), column: min(a.column, b.column))
        last = CellReference(row: max(a.row, b.row), column: max(a.column, b.column))
    }

    /// A one-cell range.
    public init(_ cell: CellReference) { self.init(cell, cell) }

    /// Parses `A1:C9` or `B2` (`$` anchors allowed); nil for anything else.
    public init?(_ description: String) {
        guard let (a, b) = DimensionRef.range(description), description.split(separator: ":").count <= 2 else { return nil }
        self.init(a, b)
    }

    /// `A1:C9`, or `B2` for one cell.
    public var description: String {
        first == last ? first.description : first.description + ":" + last.description
    }

    /// `$A$1:$C$9`, the absolute form formulas and defined names use.
    public var absolute: String {
        func abs(_ c: CellReference) -> String { "$" + CellReference.columnLetters(c.column) + "$" + String(c.row) }
        return first == last ? abs(first) : abs(first) + ":" + abs(last)
    }

    /// Number of cells.
    public var cellCount: Int { (last.row - first.row + 1) * (last.column - first.column + 1) }

    /// True when the two ranges share a cell.
    public func overlaps(_ other: CellRange) -> Bool {
        first.row <= other.last.row && other.first.row <= last.row
            && first.column <= other.last.column && other.first.column <= last.column
    }

    /// True when `cell` is inside the range.
    public func contains(_ cell: CellReference) -> Bool {
        (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
    }
}
