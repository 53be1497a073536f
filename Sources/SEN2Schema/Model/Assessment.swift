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
    @OutOfLine public var namedPlan: NamedPlan? = nil

    /// An empty assessment.
    public init(origin: RecordOrigin = .none) { self.origin = origin }
}
