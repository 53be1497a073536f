/// How many findings one rule made, for the console summary and the summary sheet.
public struct RuleCount: Hashable, Sendable {
    /// The rule's id.
    public let ruleID: String
    /// Its severity.
    public let severity: Severity
    /// What the rule checks, in one line.
    public let title: String
    /// The number of findings.
    public let count: Int

    /// Counts `findings` per rule, worst first: errors before queries, then the most frequent,
    /// then by id.
    public static func counts(of findings: [Finding], catalogue: RuleCatalogue = .standard) -> [RuleCount] {
        var counts: [String: (Severity, Int)] = [:]
        for finding in findings {
            counts[finding.ruleID, default: (finding.severity, 0)].1 += 1
        }
        return counts.map { id, entry in
            RuleCount(ruleID: id, severity: entry.0, title: catalogue.rule(id: id)?.title ?? id, count: entry.1)
        }.sorted { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            if a.count != b.count { return a.count > b.count }
            return a.ruleID < b.ruleID
        }
    }
}
