/// The words that tell a user what a valid value of each kind looks like.
extension ValueKind {
    /// What a valid value looks like, for messages about unreadable values.
    public var expectation: String {
        switch self {
        case .text: return "text"
        case .date: return "a date written dd/mm/yyyy or yyyy-mm-dd, or an Excel date"
        case .dateTime: return "a date and time written yyyy-mm-ddThh:mm:ss"
        case .year: return "a four-digit year"
        case .code(.yesNo): return "1 or 0 (Y/N, Yes/No and TRUE/FALSE are accepted too)"
        case .code(let set):
            let sample = set.entries(in: CollectionYear.latest.rawValue).prefix(6).map(\.code).joined(separator: ", ")
            return "a \(set.rawValue) code (\(sample)…), `CODE – label`, or the label"
        case .laCode: return "a 3-digit local authority code"
        case .upn: return "a 13-character UPN: a letter, 11 digits, then a digit or letter"
        case .uln: return "a 10-digit ULN"
        case .urn: return "a 6-digit URN"
        case .ukprn: return "an 8-digit UKPRN beginning with 1"
        case .postcode: return "a UK postcode such as SW1A 1AA"
        case .serialNumber: return "a three-digit serial number"
        case .fixed(let value): return value
        }
    }
}
