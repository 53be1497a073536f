import XLSXIO

/// How items appear in template cells: codes as `CODE – label` (the dropdown's form), yes/no
/// as 1 or 0, dates as real dates shown dd/mm/yyyy, identifiers as text so no digit is lost.
enum CellWriting {
    /// The dropdown entries for an item in `year`, or nil when the item has no dropdown.
    static func dropdown(for item: Item, year: CollectionYear) -> [String]? {
        switch item.kind {
        case .code(.yesNo): return ["1", "0"]
        case .code(let set): return set.entries(in: year.declaration.codeListYear).map { $0.code + " – " + $0.label }
        case .laCode:
            var entries = LocalAuthority.current.map { $0.code + " – " + $0.name }
            if item != .lea, SEN2Decisions.acceptsUnknownLACodeForTransfers {
                entries.append(SEN2Decisions.unknownLACode + " – Unknown local authority or outside the UK")
            }
            return entries
        default: return nil
        }
    }

    /// The cell value for a field.
    static func value(_ field: FieldText, item: Item, year: CollectionYear) -> WriteValue {
        switch field {
        case .absent: return .empty
        case .invalid(let raw): return .string(raw)
        case .value(let text):
            switch item.kind {
            case .date: return CalendarDate(iso: text).map(WriteValue.date) ?? .string(text)
            case .code(.yesNo), .year: return Double(text).map(WriteValue.number) ?? .string(text)
            case .code(let set):
                let label = set.entries(in: year.declaration.codeListYear).first { $0.code == text }?.label
                    ?? set.entries(in: Int.max).first { $0.code == text }?.label
                return .string(label.map { text + " – " + $0 } ?? text)
            case .laCode:
                return .string(LocalAuthority.named(text).map { text + " – " + $0.name } ?? text)
            default:
                return .string(text)
            }
        }
    }

    /// Whether the column's cells hold dates.
    static func isDate(_ item: Item) -> Bool { item.kind == .date }

    /// Whether the column's cells should be formatted as text (identifiers Excel would
    /// otherwise turn into numbers and strip of leading zeros).
    static func isText(_ item: Item) -> Bool {
        switch item.kind {
        case .upn, .uln, .urn, .ukprn, .postcode, .serialNumber, .text: return true
        default: return false
        }
    }
}
