import XLSXIO

/// Module 2: one request for an EHC needs assessment, with what followed from it.
public struct Request: Hashable, Sendable {
    /// Where the record came from.
    public var origin: RecordOrigin = .none
    /// The workbook's `Request ID` (not part of the XML; links the tables of a workbook).
    public var id: String?
    /// `ReceivedDate`.
    public var receivedDate: Field<CalendarDate> = nil
    /// `RequestSource` (2025 on).
    public var source: Field<RequestSource> = nil
    /// `RYA`: first requested while in relevant youth accommodation.
    public var youthCustody: Field<YesNo> = nil
    /// `RequestOutcomeDate`.
    public var outcomeDate: Field<CalendarDate> = nil
    /// `RequestOutcome`.
    public var outcome: Field<RequestOutcome> = nil
    /// `RequestMediation`.
    public var mediation: Field<YesNo> = nil
    /// `RequestTribunal`.
    public var tribunal: Field<YesNo> = nil
    /// `Exported`: the LA the person moved to before the assessment was completed.
    public var exportedTo: Field<LACode> = nil
    /// Module 3, if the request led to an assessment.
    @OutOfLine public var assessment: Assessment? = nil
    /// Module 5, if the request led to a plan that is active.
    @OutOfLine public var activePlans: ActivePlans? = nil

    /// An empty request.
    public init(origin: RecordOrigin = .none, id: String? = nil) {
        self.origin = origin
        self.id = id
    }
}
