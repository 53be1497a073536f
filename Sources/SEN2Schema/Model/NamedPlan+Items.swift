import XLSXIO

/// The one place that maps each of ``NamedPlan``'s items to its field.
extension NamedPlan: ItemRecord {
    /// The table this record\'s rows live in.
    public static let table = Table.namedPlans

    /// The state and text of `item`; absent for items of other tables.
    public func field(_ item: Item) -> FieldText {
        switch item {
        case .startDate: return startDate.fieldText
        case .planRes: return residential.fieldText
        case .planWBP: return workBasedLearning.fieldText
        case .pb: return personalBudget.fieldText
        case .oa: return organisedArrangements.fieldText
        case .dp: return directPayments.fieldText
        case .ceaseDate: return ceaseDate.fieldText
        case .ceaseReason: return ceaseReason.fieldText
        default: return .absent
        }
    }

    /// Reads `item` from cell input; false when unreadable (kept raw) or not this record's item.
    @discardableResult
    public mutating func read(_ item: Item, from input: CellValue) -> Bool {
        switch item {
        case .startDate: return startDate.read(input)
        case .planRes: return residential.read(input)
        case .planWBP: return workBasedLearning.read(input)
        case .pb: return personalBudget.read(input)
        case .oa: return organisedArrangements.read(input)
        case .dp: return directPayments.read(input)
        case .ceaseDate: return ceaseDate.read(input)
        case .ceaseReason: return ceaseReason.read(input)
        default: return false
        }
    }
}
