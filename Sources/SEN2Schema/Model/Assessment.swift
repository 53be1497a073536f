import XLSXIO

/// Module 3: the EHC needs assessment that followed a request.
public struct Assessment: Hashable, Sendable {
    /// Where the record came from.
    public var origin: RecordOrigin = .none
    /// `AssessmentOutcome`.
    public var outcome: Field<AssessmentOutcome> = nil
    /// `AssessmentOutcomeDate`.
    public var outcomeDate: Field<CalendarDate> = nil
    /// `AssessmentMediation`.
    public var mediation: Field<YesNo> = nil
    /// `AssessmentTribunal`.
    public var tribunal: Field<YesNo> = nil
    /// `OtherMediation`.
    public var otherMediation: Field<YesNo> = nil
    /// `OtherTribunal`.
    public var otherTribunal: Field<YesNo> = nil
    /// `Week20`: exceptions to the 20-week limit apply.
    public var week20Exception: Field<YesNo> = nil
    /// Module 4, if a plan was issued.
    public var namedPlan: NamedPlan? {
        get { namedPlanStorage?.value }
        set { namedPlanStorage = newValue.map(Boxed.init) }
        // Releasing the box before yielding leaves the child's arrays uniquely referenced, so
        // `request.namedPlan?.x.append(…)` mutates in place instead of copying.
        _modify {
            var value = namedPlanStorage?.value
            namedPlanStorage = nil
            defer { namedPlanStorage = value.map(Boxed.init) }
            yield &value
        }
    }
    private var namedPlanStorage: Boxed<NamedPlan>?

    /// An empty assessment.
    public init(origin: RecordOrigin = .none) { self.origin = origin }
}
