import XLSXIO

/// The one place that maps each of ``NamedPlan``'s items to its field.
extension NamedPlan: ItemRecord {
    public static let table = Table.namedPlans

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
