/// Published rates and shares for England or London, shipped with the tool so that an LA's
/// figures can be read in context. Only rates and shares are kept: a national count beside an
/// LA's count says nothing.
///
/// Figures come from the DfE "Education, health and care plans" publication (see
/// ``NationalContext``); shares the publication gives only as counts are derived here by
/// dividing those counts by their stated total.
public struct ContextFigures: Sendable {
    /// "England" or "London".
    public var area: String
    /// The January whose caseload the shares describe.
    public var caseloadYear: Int
    /// The calendar year whose activity the rates describe.
    public var activityYear: Int
    /// Where the figures come from.
    public var source: String
    /// Growth of the caseload from the January before, in percent.
    public var caseloadGrowth: Double?
    /// Caseload shares in percent, by breakdown and category key.
    public var shares: [CaseloadDimension: [String: Double]] = [:]
    /// Percentage of requests received in the year that were refused.
    public var refusalPercent: Double?
    /// Percentage of new plans issued within 20 weeks, including exceptions.
    public var within20Weeks: Double?
    /// The same, excluding exceptions.
    public var within20WeeksExclExceptions: Double?
    /// Percentage of completed assessments that led to a plan.
    public var assessmentsLeadingToPlan: Double?
    /// Shares of ceased plans by reason code, in percent.
    public var ceasedReasonShares: [String: Double] = [:]

    /// Creates figures for an area.
    public init(area: String, caseloadYear: Int, activityYear: Int, source: String) {
        self.area = area
        self.caseloadYear = caseloadYear
        self.activityYear = activityYear
        self.source = source
    }

    /// Shares in percent of each key's count over the counts' total (or `total` when given,
    /// for breakdowns that leave some records out).
    static func shares(_ counts: [String: Int], total: Int? = nil) -> [String: Double] {
        let whole = Double(total ?? counts.values.reduce(0, +))
        return counts.mapValues { Double($0) * 100 / whole }
    }

    /// A percentage from a part and a whole.
    static func rate(_ part: Int, _ whole: Int) -> Double { Double(part) * 100 / Double(whole) }
}
