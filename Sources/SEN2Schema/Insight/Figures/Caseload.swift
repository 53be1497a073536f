/// The caseload on the reference date and its breakdowns.
public struct Caseload: Hashable, Sendable {
    /// Persons in the caseload.
    public var total = 0
    /// By age band on 31 August (``AgeBand``).
    public var ageBand = Breakdown(keys: AgeBand.allCases.map(\.rawValue))
    /// By sex: M, F, unknown.
    public var sex = Breakdown(keys: Sex.allCases.map(\.code) + [Caseload.unknown])
    /// By primary need (``PrimaryNeed``).
    public var primaryNeed: Breakdown
    /// By placement (``PlacementClass``).
    public var placement: Breakdown
    /// By ethnic group.
    public var ethnicGroup = Breakdown(keys: EthnicGroup.allCases.map(\.rawValue) + [Caseload.unknown])
    /// By the publication's placement groups; nil when some placements cannot be grouped
    /// (URNs without a GIAS export).
    public var placementGroup: Breakdown?

    /// The key for missing or unreadable values.
    public static let unknown = "unknown"

    /// An empty caseload for collection year `year`'s code lists.
    public init(codeListYear year: Int) {
        primaryNeed = Breakdown(keys: PrimaryNeed.keys(in: year))
        placement = Breakdown(keys: SENSetting.allCases.filter { $0.isValid(in: year) }.map(\.code)
                              + [PlacementClass.urn, PlacementClass.ukprn, PlacementClass.notRecorded])
    }
}
