/// What the validator found in the return being summarised, counted by rule: the figures count
/// every record as read, so a reader of the summary should know how many records break a rule.
public struct ValidationOverview: Sendable {
    /// The number of errors (COLLECT will not accept the return until they are cleared).
    public var errors: Int
    /// The number of queries (COLLECT will ask about them).
    public var queries: Int
    /// Findings per rule, worst first.
    public var rules: [RuleCount]

    /// The overview of a check's findings.
    public init(findings: [Finding]) {
        errors = findings.count { $0.severity == .error }
        queries = findings.count { $0.severity == .query }
        rules = RuleCount.counts(of: findings)
    }

    /// One line: "12 errors and 40 queries from 9 rules".
    public var line: String {
        Plural.count(errors, "error") + " and " + Plural.count(queries, "query", "queries") + " from " + Plural.count(rules.count, "rule")
    }
}
