/// Figures the national statistics do not publish, which the generator needs all the same.
/// Each is the generator's own assumption; the defaults and the reasoning behind them are in
/// `SynthParameters+Assumptions.swift`. A user's parameter file can replace any of them.
public struct Assumptions: Codable, Sendable, Equatable {
    /// Share of children under 3 at each of ages 0, 1 and 2 (the statistics give "under 3" only).
    public var underThreeSplit: [Double]
    /// Share of plans that also record a secondary need.
    public var secondaryNeedShare: Double
    /// Share of "other difficulty" plans that are Down syndrome, in years whose code list has DS.
    public var downSyndromeShareOfOther: Double
    /// Share of plans with a personal budget taken up.
    public var personalBudgetShare: Double
    /// Share of personal budgets with organised arrangements.
    public var organisedArrangementsShare: Double
    /// Share of personal budgets paid (partly) as direct payments, and their split by code.
    public var directPaymentsShare: Double
    /// Direct payment types (`E`, `S`, `H`, `I`).
    public var directPaymentTypes: [String: Double]
    /// Share of placements in independent or non-maintained special schools that are residential.
    public var residentialShareSpecialIndependent: Double
    /// Share of other special school placements that are residential.
    public var residentialShareOtherSpecial: Double
    /// Share of young people aged 16–24 in further education with work-based learning, by type (`A`, `T`, `S`).
    public var workBasedLearning: [String: Double]
    /// Share of plans at least a year old whose annual review was held in the year.
    public var annualReviewHeldShare: Double
    /// Annual review decisions (`M`, `A`, `C`).
    public var reviewOutcomes: [String: Double]
    /// Share of phase-transfer plans finalised by the due date.
    public var phaseTransferOnTimeShare: Double
    /// Share of mainstream placements in a resourced provision or SEN unit that also hold a
    /// second (rank 2) placement, and of other placements with one.
    public var secondPlacementShare: Double
    /// Request sources (`1` … `5`) in years that collect them.
    public var requestSources: [String: Double]
    /// Share of requests for assessment where the person moved to another LA before the
    /// assessment was completed.
    public var exportedShare: Double
    /// Share of people aged 5 and over with a UPN.
    public var upnShare: Double
    /// Share of UPNs that are temporary (final character a letter).
    public var temporaryUPNShare: Double
    /// Share with a ULN at ages 14–15, and at 16 and over.
    public var ulnShareAge14to15: Double
    /// Share with a ULN at 16 and over.
    public var ulnShareAge16Plus: Double
    /// Share of people with a postcode recorded.
    public var postcodeShare: Double
    /// Share of people recorded with an extended ethnicity code rather than the main code.
    public var extendedEthnicityShare: Double
    /// Share of the unclassified ethnicity count recorded as refused (`REFU`) rather than not obtained (`NOBT`).
    public var ethnicityRefusedShare: Double
    /// Share of assessments whose decision not to issue, or withdrawal, follows mediation.
    public var assessmentMediationRate: Double
    /// Share of decisions not to issue appealed to tribunal.
    public var assessmentTribunalRate: Double
    /// Share of plans with mediation, and with a tribunal appeal, about other appealable decisions.
    public var otherMediationRate: Double
    /// Share of plans with a tribunal appeal about other appealable decisions.
    public var otherTribunalRate: Double
}
