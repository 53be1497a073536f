/// One item that differs between a linked pair of persons, or a record one of them lacks.
public struct RecordDifference: Hashable, Sendable {
    /// The table the item belongs to.
    public var table: Table
    /// The item, or nil when a whole record is present on one side only.
    public var item: Item?
    /// The old value ("" when absent).
    public var oldValue: String
    /// The new value ("" when absent).
    public var newValue: String
    /// Where the old record is (nil for records made in code or missing on this side).
    public var oldOrigin: RecordOrigin?
    /// Where the new record is.
    public var newOrigin: RecordOrigin?

    /// The item's name in reports: its XML element, or `record` for a whole record.
    public var itemName: String { item?.element ?? "record" }
}
