import SEN2Schema

/// One planted mistake and where it is: the record (by Person ID, request and position) and
/// the item whose cell holds it, or nil when the finding belongs to the whole record.
public struct PlantedMistake: Sendable, Hashable {
    /// The kind of mistake.
    public var kind: MistakeKind
    /// The table of the record holding the mistake.
    public var table: Table
    /// The item whose value is wrong or missing; nil for a whole-record mistake.
    public var item: Item?
    /// The person's Person ID.
    public var personID: String
    /// The person's 0-based position in the return.
    public var personIndex: Int
    /// The 0-based position of the request among the person's requests, for records under a request.
    public var request: Int?
    /// The 0-based position of the record among its siblings (placements, needs, plan details).
    public var position: Int?
    /// The id of the validation rule expected to find the mistake (`sen2xl rules` lists them).
    public var rule: String
    /// What was planted, in words (old and new values), for the answer key.
    public var detail: String

    /// Creates a record of a planted mistake.
    public init(kind: MistakeKind, table: Table, item: Item?, personID: String, personIndex: Int, request: Int? = nil,
                position: Int? = nil, rule: String, detail: String) {
        self.kind = kind
        self.table = table
        self.item = item
        self.personID = personID
        self.personIndex = personIndex
        self.rule = rule
        self.request = request
        self.position = position
        self.detail = detail
    }
}
