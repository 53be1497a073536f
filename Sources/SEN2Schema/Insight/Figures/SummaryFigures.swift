/// Every figure of one return's summary.
public struct SummaryFigures: Hashable, Sendable {
    /// The dates the figures are computed for.
    public var period: SummaryPeriod
    /// Persons in the return.
    public var persons = 0
    /// The caseload on the reference date.
    public var caseload: Caseload
    /// The activity of the year before.
    public var activity: Activity

    /// Empty figures for `period`.
    public init(period: SummaryPeriod) {
        self.period = period
        let codeListYear = period.collectionYear?.declaration.codeListYear ?? period.referenceDate.year
        caseload = Caseload(codeListYear: codeListYear)
        activity = Activity(year: period.activityYear)
    }
}

/// One person of the caseload and the categories the summary put them in, so that a query can
/// list the records behind a figure.
public struct CaseloadMember: Hashable, Sendable {
    /// The person's index in the return.
    public var person: Int
    /// The index of the request holding the active plan.
    public var request: Int
    /// The age band.
    public var ageBand: AgeBand
    /// The sex key.
    public var sex: String
    /// The primary need key.
    public var primaryNeed: String
    /// The placement key.
    public var placement: String
    /// The placement group, when it can be told.
    public var placementGroup: PlacementGroup?
    /// The ethnic group key.
    public var ethnicGroup: String

    /// The member's key in the breakdown named `dimension`.
    public func key(in dimension: CaseloadDimension) -> String? {
        switch dimension {
        case .ageBand: return ageBand.rawValue
        case .sex: return sex
        case .primaryNeed: return primaryNeed
        case .placement: return placement
        case .placementGroup: return placementGroup?.rawValue
        case .ethnicGroup: return ethnicGroup
        }
    }
}

/// A breakdown of the caseload.
public enum CaseloadDimension: String, CaseIterable, Sendable, Hashable {
    /// By age band.
    case ageBand = "age_band"
    /// By sex.
    case sex
    /// By primary need.
    case primaryNeed = "primary_need"
    /// By placement.
    case placement
    /// By placement group (only with GIAS).
    case placementGroup = "placement_group"
    /// By ethnic group.
    case ethnicGroup = "ethnic_group"

    /// The dimension's title.
    public var title: String {
        switch self {
        case .ageBand: return "Age band"
        case .sex: return "Sex"
        case .primaryNeed: return "Primary need"
        case .placement: return "Placement"
        case .placementGroup: return "Placement group"
        case .ethnicGroup: return "Ethnic group"
        }
    }
}

extension Caseload {
    /// The breakdown for `dimension` (nil for placement groups when they cannot be told).
    public subscript(dimension: CaseloadDimension) -> Breakdown? {
        switch dimension {
        case .ageBand: return ageBand
        case .sex: return sex
        case .primaryNeed: return primaryNeed
        case .placement: return placement
        case .placementGroup: return placementGroup
        case .ethnicGroup: return ethnicGroup
        }
    }
}
