import XLSXIO

/// The one place that maps each of ``Assessment``'s items to its field.
extension Assessment: ItemRecord {
    public static let table = Table.assessments

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
