/// The activity of the calendar year before the collection.
public struct Activity: Hashable, Sendable {
    /// The calendar year counted.
    public var year: Int
    /// Requests received in the year.
    public var requests = 0
    /// Of them, refused (outcome N).
    public var refused = 0
    /// Assessments completed (outcome Y or N) in the year.
    public var assessments = 0
    /// New plans issued (outcome Y) in the year.
    public var newPlans = 0
    /// New plans that can be timed (the request has a received date).
    public var timedPlans = 0
    /// Of them, issued within 20 weeks.
    public var timedWithin20Weeks = 0
    /// Timed new plans without the exceptions flag.
    public var timedPlansExclExceptions = 0
    /// Of them, issued within 20 weeks.
    public var timedWithin20WeeksExclExceptions = 0
    /// Plans ceased in the year.
    public var ceased = 0
    /// Plans ceased, by reason code (1–9, unknown).
    public var ceasedByReason = Breakdown(keys: CeaseReason.allCases.map(\.code) + [Caseload.unknown])
    /// Plans transferred in.
    public var transfersIn = 0
    /// Plans ceased because transferred to another LA.
    public var transfersOut = 0

    /// An empty count for `year`.
    public init(year: Int) { self.year = year }

    /// The percentage of timed new plans issued within 20 weeks, or nil when none can be timed.
    public var within20WeeksPercent: Double? { Percent.of(timedWithin20Weeks, timedPlans) }

    /// The same, excluding plans with the exceptions flag.
    public var within20WeeksExclExceptionsPercent: Double? {
        Percent.of(timedWithin20WeeksExclExceptions, timedPlansExclExceptions)
    }

    /// The percentage of requests received that were refused.
    public var refusalPercent: Double? { Percent.of(refused, requests) }
}

/// Percentages as the summary reports them.
public enum Percent {
    /// `part` as a percentage of `whole`, or nil when `whole` is 0.
    public static func of(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) * 100 / Double(whole)
    }

    /// `part` of `whole` with one decimal place, rounded half up in exact integer arithmetic
    /// (929 of 2,000 is "46.5", never "46.4" through a binary fraction); nil when `whole` is 0.
    public static func text(_ part: Int, of whole: Int) -> String? {
        guard whole > 0 else { return nil }
        return tenthsText((part * 2000 + whole) / (2 * whole))
    }

    /// A computed value with one decimal place, rounded half away from zero.
    public static func text(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded(.toNearestOrAwayFromZero))
        return (value < 0 && tenths != 0 ? "-" : "") + tenthsText(tenths)
    }

    private static func tenthsText(_ tenths: Int) -> String {
        String(tenths / 10) + "." + String(tenths % 10)
    }
}
