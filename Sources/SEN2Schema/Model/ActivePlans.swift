import XLSXIO

/// Module 5: an active plan's placements, needs and reviews.
public struct ActivePlans: Hashable, Sendable {
    /// Where the record came from.
    public var origin: RecordOrigin = .none
    /// `TransferLA`: the LA the plan was transferred in from.
    public var transferredFrom: Field<LACode> = nil
    /// `PlacementDetail` records.
    public var placements: [PlacementDetail] = []
    /// `SENneed` records (the return allows two).
    public var needs: [SENNeed] = []
    /// `ReviewMeeting`.
    public var reviewMeeting: Field<CalendarDate> = nil
    /// `ReviewOutcome`.
    public var reviewOutcome: Field<ReviewOutcome> = nil
    /// `ReviewDraft`.
    public var reviewDraft: Field<CalendarDate> = nil
    /// `PhaseTransferDueDate`.
    public var phaseTransferDueDate: Field<CalendarDate> = nil
    /// `PhaseTransferFinalDate`.
    public var phaseTransferFinalDate: Field<CalendarDate> = nil
    /// `LastReview`: the annual review decision date.
    public var lastReview: Field<CalendarDate> = nil

    /// An empty record.
    public init(origin: RecordOrigin = .none) { self.origin = origin }
}
