import XLSXIO

/// The one place that maps each of ``SENNeed``'s items to its field.
extension SENNeed: ItemRecord {
    /// The table this record\'s rows live in.
    public static let table = Table.senNeeds

    /// The state and text of `item`; absent for items of other tables.
    public func field(_ item: Item) -> FieldText {
        switch item {
        case .senType: return type.fieldText
        case .senTypeRank: return rank.fieldText
        default: return .absent
        }
    }

    /// Reads `item` from cell input; false when unreadable (kept raw) or not this record's item.
    @discardableResult
    public mutating func read(_ item: Item, from input: CellValue) -> Bool {
        switch item {
        case .senType: return type.read(input)
        case .senTypeRank: return rank.read(input)
        default: return false
        }
    }
}
