/// Every figure the generator is calibrated to, in one value that a profile provides and a
/// user's JSON file can override key by key (``ParameterFile``).
///
/// Distributions are dictionaries from a category's key to a count or weight (they need not
/// sum to anything: each is normalised when used), so a user can paste their own LA's counts.
/// Keys are ages as decimal text (`"0"` … `"25"`), SEN2 codes (`"M"`, `"ASD"`, `"WBRI"`,
/// cease reason `"5"`), or the setting keys of ``SettingKind``. The figures and their
/// sources are in `SynthParameters+England.swift` and `SynthParameters+London.swift`;
/// figures that the statistics do not give, and which are therefore the generator's own
/// assumptions, are in `SynthParameters+Assumptions.swift`.
public struct SynthParameters: Codable, Sendable, Equatable {
    /// The profile's name, printed by the report.
    public var profile: String

    // MARK: Caseload on the census day

    /// Plans in place by single year of age (age at 31 August before the census).
    public var caseloadByAge: [String: Double]
    /// Plans in place by sex (`M`, `F`).
    public var caseloadBySex: [String: Double]
    /// Plans in place by primary need (SEN type codes; plans with no need recorded are left out).
    public var primaryNeed: [String: Double]
    /// Primary need at single ages: age → need → plans, with `"all"` the age's total.
    public var needAtAge: [String: [String: Double]]
    /// Primary need by sex: sex → need → plans, with `"all"` the sex's total.
    public var needBySex: [String: [String: Double]]
    /// Plans in place by setting (keys of ``SettingKind``; placements not recorded are left out).
    public var settingMix: [String: Double]
    /// Plans in place by ethnicity (main codes; `REFU` and `NOBT` share the unclassified count).
    public var ethnicity: [String: Double]
    /// Plans in place by whole years since the plan started (`"12"` is 12 or more).
    public var yearsInPlace: [String: Double]

    // MARK: Activity in the calendar year before the census

    /// Plans in place on the census day (the scale every flow below is compared with).
    public var caseloadTotal: Double
    /// New plans issued in the year.
    public var newPlansIssued: Double
    /// New plans by age when the plan started (`"2"` is 2 and under, `"20"` is 20 and over).
    public var newPlansByStartAge: [String: Double]
    /// Initial requests received in the year by outcome: `Y` assess, `N` refused, `A` not yet
    /// decided, `W` withdrawn.
    public var requestOutcomes: [String: Double]
    /// Initial requests by age (`"2"` is 2 and under, `"20"` is 20 and over).
    public var requestsByAge: [String: Double]
    /// Share of requests refused, by age (same keys as ``requestsByAge``).
    public var refusalRateByAge: [String: Double]
    /// Initial requests by sex.
    public var requestsBySex: [String: Double]
    /// Share of requests refused, by sex.
    public var refusalRateBySex: [String: Double]
    /// Share of request decisions made within 6 weeks.
    public var requestDecisionWithinSixWeeks: Double
    /// Requests whose decision was followed by mediation, and by a tribunal appeal, per request.
    public var requestMediationRate: Double
    /// Tribunal appeals linked to the request decision, per request.
    public var requestTribunalRate: Double
    /// Requests made while the young person was in youth custody, per request.
    public var youthCustodyRate: Double
    /// Assessments completed in the year that led to a plan, did not, or were withdrawn:
    /// `plan`, `noPlan`, `withdrawn`.
    public var assessmentOutcomes: [String: Double]
    /// Share of new plans (excluding exceptions) issued within 20 weeks of the request.
    public var withinTwentyWeeks: Double
    /// Share issued between 20 weeks and a year (excluding exceptions).
    public var twentyWeeksToOneYear: Double
    /// Share issued after more than a year (excluding exceptions).
    public var overOneYear: Double
    /// Share of new plans where exceptions to the 20-week limit applied.
    public var twentyWeekExceptionShare: Double
    /// Share of plans with exceptions that were nevertheless issued within 20 weeks.
    public var exceptionsWithinTwentyWeeks: Double
    /// The spread of the 20-week share between LAs: minimum, lower quartile, median, upper
    /// quartile and maximum, as percentages.
    public var twentyWeekLASpread: [Double]
    /// Plans ceased in the year.
    public var ceasedTotal: Double
    /// Plans ceased by age (`"20"` is 20 and over).
    public var ceasedByAge: [String: Double]
    /// Cease reasons by age band (`"0-15"`, `"16-17"`, `"18"`, `"19"`, `"20+"`): band → reason code → plans.
    public var ceaseReasonsByAge: [String: [String: Double]]
    /// Plans ceased by sex.
    public var ceasedBySex: [String: Double]
    /// Plans ceased by reason (cease reason codes), the national totals the report compares with.
    public var ceaseReasons: [String: Double]

    // MARK: Assumptions (figures the statistics do not give)

    /// The generator's own assumptions, listed separately so that they are never mistaken for
    /// published figures.
    public var assumptions: Assumptions
}
