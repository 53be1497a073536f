/// How serious a finding is, in COLLECT's terms.
public enum Severity: String, CaseIterable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Blocks submission: COLLECT will not authorise a return until every error is cleared.
    case error
    /// Needs an explanation: COLLECT asks the LA to confirm or explain the value.
    case query

    /// Errors sort before queries, so "worst first" is ascending order.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    private var rank: Int { self == .error ? 0 : 1 }

    public var description: String { rawValue }
}
