import XLSXIO

/// The one place that maps each of ``ActivePlans``'s items to its field.
extension ActivePlans: ItemRecord {
    /// The table this record\'s rows live in.
    public static let table = Table.activePlans

    /// The state and text of `item`; absent for items of other tables.
    public func field(_ item: Item) -> FieldText {
        switch item {
        case .transferLA: return transferredFrom.fieldText
        case .reviewMeeting: return reviewMeeting.fieldText
        case .reviewOutcome: return reviewOutcome.fieldText
        case .reviewDraft: return reviewDraft.fieldText
        case .phaseTransferDueDate: return phaseTransferDueDate.fieldText
        case .phaseTransferFinalDate: return phaseTransferFinalDate.fieldText
        case .lastReview: return lastReview.fieldText
        default: return .absent
        }
    }

    /// Reads `item` from cell input; false when unreadable (kept raw) or not this record's item.
    @discardableResult
    public mutating func read(_ item: Item, from input: CellValue) -> Bool {
        switch item {
        case .transferLA: return transferredFrom.read(input)
        case .reviewMeeting: return reviewMeeting.read(input)
        case .reviewOutcome: return reviewOutcome.read(input)
        case .reviewDraft: return reviewDraft.read(input)
        case .phaseTransferDueDate: return phaseTransferDueDate.read(input)
        case .phaseTransferFinalDate: return phaseTransferFinalDate.read(input)
        case .lastReview: return lastReview.read(input)
        default: return false
        }
    }
}
