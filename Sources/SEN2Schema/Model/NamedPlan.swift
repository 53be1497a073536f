import XLSXIO

/// Module 4: the EHC plan issued after an assessment and the settings it names.
public struct NamedPlan: Hashable, Sendable {
    /// Where the record came from.
    public var origin: RecordOrigin = .none
    /// `StartDate`.
    public var startDate: Field<CalendarDate> = nil
    /// `PlanDetail` records: the settings the plan names (the return allows two).
    public var details: [PlanDetail] = []
    /// `PlanRes`.
    public var residential: Field<ResidentialSetting> = nil
    /// `PlanWBP`.
    public var workBasedLearning: Field<WorkBasedLearning> = nil
    /// `PB`: personal budget taken up.
    public var personalBudget: Field<YesNo> = nil
    /// `OA`: organised arrangements.
    public var organisedArrangements: Field<YesNo> = nil
    /// `DP`: direct payments.
    public var directPayments: Field<DirectPayment> = nil
    /// `CeaseDate`.
    public var ceaseDate: Field<CalendarDate> = nil
    /// `CeaseReason`.
    public var ceaseReason: Field<CeaseReason> = nil

    /// An empty plan.
    public init(origin: RecordOrigin = .none) { self.origin = origin }
}
