/// One validation rule: what it checks, how serious a breach is, in which collection years it
/// applies, the items whose cells it marks, where it comes from, and the check itself.
///
/// Rules are declared one per `static let` in the files of `Rules/`, grouped by module. Their
/// messages are written for SEND caseworkers: what is wrong, with the values filled in, and
/// how to put it right.
public struct Rule: Sendable, Identifiable {
    /// The rule's id: a CBDS number (`1510`) for the UPN rules, otherwise the toolkit's own
    /// (`SX205`, or `Person.Surname.missing` for the checks every item gets).
    public let id: String
    /// Error or query.
    public let severity: Severity
    /// The collection years the rule applies in.
    public let years: Set<CollectionYear>
    /// The items the rule looks at; the cells of those involved in a finding are marked.
    public let items: [Item]
    /// Where the rule comes from.
    public let source: RuleSource
    /// What the rule checks, in one line.
    public let title: String
    /// How the toolkit reads the guide where it is unclear; empty when it is not.
    public let reading: String
    /// The check.
    let check: RuleCheck

    init(_ id: String, _ severity: Severity, years: Set<CollectionYear> = Set(CollectionYear.allCases), items: [Item],
         source: RuleSource? = nil, title: String, reading: String = "", check: RuleCheck) {
        self.id = id
        self.severity = severity
        self.years = years
        self.items = items
        self.source = source ?? .guide(items)
        self.title = title
        self.reading = reading
        self.check = check
    }

    /// True when the rule applies in `year`.
    public func applies(in year: CollectionYear) -> Bool { years.contains(year) }

    /// The years from `first` on.
    static func from(_ first: CollectionYear) -> Set<CollectionYear> {
        Set(CollectionYear.allCases.filter { $0 >= first })
    }
}
