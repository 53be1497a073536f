import XLSXIO

/// The one place that maps each of ``SENNeed``'s items to its field.
extension SENNeed: ItemRecord {
    public static let table = Table.senNeeds

    public func field(_ item: Item) -> FieldText {
        switch item {
        case .senType: return type.fieldText
        case .senTypeRank: return rank.fieldText
        default: return .absent
        }
    }

    @discardableResult
    public mutating func read(_ item: Item, from input: CellValue) -> Bool {
        switch item {
        case .senType: return type.read(input)
        case .senTypeRank: return rank.read(input)
        default: return false
        }
    }
}
