import XLSXIO

/// The one place that maps each of ``Request``'s items to its field.
extension Request: ItemRecord {
    /// The table this record\'s rows live in.
    public static let table = Table.requests

    /// The state and text of `item`; absent for items of other tables.
    public func field(_ item: Item) -> FieldText {
        switch item {
        case .receivedDate: return receivedDate.fieldText
        case .requestSource: return source.fieldText
        case .rya: return youthCustody.fieldText
        case .requestOutcomeDate: return outcomeDate.fieldText
        case .requestOutcome: return outcome.fieldText
        case .requestMediation: return mediation.fieldText
        case .requestTribunal: return tribunal.fieldText
        case .exported: return exportedTo.fieldText
        default: return .absent
        }
    }

    /// Reads `item` from cell input; false when unreadable (kept raw) or not this record's item.
    @discardableResult
    public mutating func read(_ item: Item, from input: CellValue) -> Bool {
        switch item {
        case .receivedDate: return receivedDate.read(input)
        case .requestSource: return source.read(input)
        case .rya: return youthCustody.read(input)
        case .requestOutcomeDate: return outcomeDate.read(input)
        case .requestOutcome: return outcome.read(input)
        case .requestMediation: return mediation.read(input)
        case .requestTribunal: return tribunal.read(input)
        case .exported: return exportedTo.read(input)
        default: return false
        }
    }
}
