/// What one column of a table holds.
public enum ColumnRole: Hashable, Sendable {
    /// An item's values.
    case item(Item)
    /// The record's own ID (`Person ID`, `Request ID`, a Blade `…tableid`).
    case ownID
    /// The ID of the record's parent in `table` (an ancestor: a placement may name its
    /// request rather than its active-plans record).
    case parentID(Table)
    /// A column the layout knows and does not need (`Record Type`, Blade sequence columns).
    case ignored
}
