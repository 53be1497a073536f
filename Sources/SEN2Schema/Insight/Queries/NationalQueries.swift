/// Caseload shares far from England's: a category that is more than 10 points away, or more
/// than twice or under half England's share where England's is at least 5 %.
enum NationalQueries {
    /// Shares of fewer persons than this are not judged.
    static let minimumCaseload = 30

    static func sharesOutside(_ summary: ReturnSummary, england: ContextFigures) -> [SummaryQuery] {
        var queries: [SummaryQuery] = []
        let year = summary.figures.period.referenceDate.year
        for dimension in CaseloadDimension.allCases {
            guard let national = england.shares[dimension], let breakdown = summary.figures.caseload[dimension] else { continue }
            let whole = national.keys.reduce(0) { $0 + breakdown[$1] }
            guard whole >= minimumCaseload else { continue }
            for key in breakdown.keys {
                guard let e = national[key] else { continue }
                let s = Double(breakdown[key]) * 100 / Double(whole)
                guard isFarOutside(share: s, england: e) else { continue }
                let label = CategoryLabel.label(key, in: dimension, year: year)
                let records = summary.members.filter { $0.key(in: dimension) == key }.map {
                    QueryRecord.of(summary, side: .current, person: $0.person, detail: "\(dimension.title.lowercased()) \(key)")
                }
                queries.append(SummaryQuery(
                    id: "share_outside_national",
                    message: "\(dimension.title) \(label): \(Percent.text(s))% of the caseload against \(Percent.text(e))% in England "
                        + "(January \(england.caseloadYear))",
                    explanation: "LAs differ, but a share this far from England's is worth checking before the figures are "
                        + "published: it is often a coding problem (a default value, a code list mapped wrongly) rather than "
                        + "a real difference.",
                    records: records))
            }
        }
        return queries
    }

    /// The rule, in one place.
    static func isFarOutside(share s: Double, england e: Double) -> Bool {
        abs(s - e) > 10 || (e >= 5 && (s > 2 * e || s < e / 2))
    }
}
