import XLSXIO

/// The one place that maps each of ``Assessment``'s items to its field.
extension Assessment: ItemRecord {
    /// The table this record\'s rows live in.
    public static let table = Table.assessments

    /// The state and text of `item`; absent for items of other tables.
    public func field(_ item: Item) -> FieldText {
        switch item {
        case .assessmentOutcome: return outcome.fieldText
        case .assessmentOutcomeDate: return outcomeDate.fieldText
        case .assessmentMediation: return mediation.fieldText
        case .assessmentTribunal: return tribunal.fieldText
        case .otherMediation: return otherMediation.fieldText
        case .otherTribunal: return otherTribunal.fieldText
        case .week20: return week20Exception.fieldText
        default: return .absent
        }
    }

    /// Reads `item` from cell input; false when unreadable (kept raw) or not this record's item.
    @discardableResult
    public mutating func read(_ item: Item, from input: CellValue) -> Bool {
        switch item {
        case .assessmentOutcome: return outcome.read(input)
        case .assessmentOutcomeDate: return outcomeDate.read(input)
        case .assessmentMediation: return mediation.read(input)
        case .assessmentTribunal: return tribunal.read(input)
        case .otherMediation: return otherMediation.read(input)
        case .otherTribunal: return otherTribunal.read(input)
        case .week20: return week20Exception.read(input)
        default: return false
        }
    }
}
