/// One aggregate check COLLECT does not make, raised because the figures look wrong: what was
/// found, why it matters, and the records behind it.
public struct SummaryQuery: Sendable {
    /// A stable name, e.g. `change_beyond_threshold`.
    public var id: String
    /// What was found, with the numbers.
    public var message: String
    /// Why it matters and what to check, in plain words.
    public var explanation: String
    /// The records behind the finding.
    public var records: [QueryRecord]

    /// The number of records behind the finding.
    public var count: Int { records.count }

    /// Creates a query.
    public init(id: String, message: String, explanation: String, records: [QueryRecord]) {
        self.id = id
        self.message = message
        self.explanation = explanation
        self.records = records
    }

    /// A query when `records` is not empty (nothing to raise otherwise); `message` is given the
    /// number of records.
    static func raised(_ id: String, records: [QueryRecord], explanation: String, message: (Int) -> String) -> SummaryQuery? {
        records.isEmpty ? nil : SummaryQuery(id: id, message: message(records.count), explanation: explanation, records: records)
    }
}

/// A record behind a query: whose it is, where it is, and what about it matters.
public struct QueryRecord: Hashable, Sendable {
    /// Which return the record is in.
    public enum Side: String, Sendable, Hashable {
        /// The return being summarised.
        case current
        /// Last year's return.
        case previous
    }

    /// The return.
    public var side: Side
    /// The person's ID (``Person/displayID(index:)``).
    public var personID: String
    /// Where the record is in the input, when it was read from a file.
    public var location: SourceLocation?
    /// What about this record matters, e.g. "in the caseload last year, not this year".
    public var detail: String

    /// Creates a record.
    public init(side: Side, personID: String, location: SourceLocation?, detail: String) {
        self.side = side
        self.personID = personID
        self.location = location
        self.detail = detail
    }

    /// A record for person `index` of `summary`'s return, located at `origin` (the person's
    /// own row when nil).
    static func of(_ summary: ReturnSummary, side: Side, person index: Int, origin: RecordOrigin? = nil, detail: String) -> QueryRecord {
        let person = summary.sen2Return.persons[index]
        return QueryRecord(side: side, personID: person.displayID(index: index),
                           location: summary.sen2Return.location(of: origin ?? person.origin), detail: detail)
    }
}
