/// One problem found in a return: which rule, how serious, every cell involved, the XML
/// element path, whose record it is, and what to do, in words.
public struct Finding: Hashable, Sendable {
    /// The rule's id.
    public let ruleID: String
    /// Error or query.
    public let severity: Severity
    /// Every involved cell (or CSV field, or XML line), the first being where the finding
    /// belongs; empty for records made in code.
    public let locations: [SourceLocation]
    /// The XML element path of the first involved item, e.g.
    /// `Message/Persons/Person[3]/Requests[1]/ReceivedDate`.
    public let path: String
    /// The person: their Person ID, or their UPN when the input has no IDs; nil for findings
    /// about the header or a table.
    public let person: String?
    /// What is wrong and how to fix it, with the values filled in.
    public let message: String

    /// Creates a finding.
    public init(ruleID: String, severity: Severity, locations: [SourceLocation], path: String, person: String?, message: String) {
        self.ruleID = ruleID
        self.severity = severity
        self.locations = locations
        self.path = path
        self.person = person
        self.message = message
    }

    /// The location the finding belongs to.
    public var primaryLocation: SourceLocation? { locations.first }
}
