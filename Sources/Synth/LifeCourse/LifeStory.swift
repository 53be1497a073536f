import SEN2Schema
import XLSXIO

/// One simulated life, from birth to the census day: who the person is and each step of their
/// journey through requests, assessments, plans, placements and reviews, with real dates.
///
/// A story knows nothing of collection years; ``ReturnSnapshot`` decides which parts of it a
/// return contains and how they are coded (an earlier decision becomes H, a placement that
/// ended before the year is left out, an item the year does not collect is not written).
struct LifeStory: Sendable {
    /// Who the person is.
    var identity: IdentityFacts
    /// The person's requests for assessment, oldest first, each with what followed.
    var episodes: [RequestEpisode]
}

/// A person's identifying details.
struct IdentityFacts: Sendable {
    var forename: String
    var surname: String
    var birthDate: CalendarDate
    var sex: Sex
    var ethnicity: Ethnicity
    var postcode: String?
    var upn: String?
    var uln: String?
    var upnUnknown: UPNUnknownReason?
}

/// What happened to a request for assessment.
enum RequestStep: Sendable {
    /// The LA agreed to assess, on that date.
    case assess(CalendarDate)
    /// The LA refused to assess, on that date.
    case refuse(CalendarDate)
    /// No decision yet.
    case undecided
    /// Withdrawn before a decision.
    case withdrawn
    /// No request here: a plan transferred in from another LA.
    case transferredIn
}

/// What happened to an assessment.
enum AssessmentStep: Sendable {
    /// A plan was issued on that date.
    case issue(CalendarDate)
    /// The LA decided not to issue a plan, on that date.
    case notIssue(CalendarDate)
    /// Still under way.
    case underway
    /// Withdrawn before a decision.
    case withdrawn
    /// A plan transferred in from another LA.
    case transferredIn
}

/// A request and everything that followed from it.
struct RequestEpisode: Sendable {
    var received: CalendarDate?
    var source: RequestSource
    var youthCustody: Bool
    var step: RequestStep
    var mediation = false
    var tribunal = false
    /// The LA the person moved to before the assessment was completed.
    var exportedTo: String?
    var assessment: AssessmentEpisode?
}

/// An assessment and the plan, if one was issued.
struct AssessmentEpisode: Sendable {
    var step: AssessmentStep
    var exceptionsApply = false
    var mediation = false
    var tribunal = false
    var otherMediation = false
    var otherTribunal = false
    var plan: PlanStory?
}

/// A setting as a plan names it or a placement records it.
struct SettingChoice: Sendable, Hashable {
    var kind: SettingKind
    /// The school or provider, for kinds named by URN or UKPRN.
    var setting: FictionalSetting?
    /// Free text for the "other" setting codes.
    var otherText: String?
}

/// One placement: a setting attended from entry to leaving.
struct PlacementStint: Sendable {
    var choice: SettingChoice
    var rank: Rank
    var entry: CalendarDate
    var leaving: CalendarDate?
    var residential: ResidentialSetting?
    var workBased: WorkBasedLearning?
}

/// An annual review.
struct ReviewEvent: Sendable {
    var meeting: CalendarDate
    var decision: CalendarDate
    var outcome: ReviewOutcome
    /// The date a draft amended plan was issued, after a decision to amend.
    var draftIssued: CalendarDate?
}

/// A plan from its start to the census day (or its end).
struct PlanStory: Sendable {
    var start: CalendarDate
    /// The LA the plan was transferred in from, during the activity year.
    var transferredFrom: String?
    /// The settings the plan names, rank 1 first.
    var named: [SettingChoice]
    var residential: ResidentialSetting?
    var workBased: WorkBasedLearning?
    var personalBudget = false
    var organisedArrangements = false
    var directPayment: DirectPayment?
    var ceased: (date: CalendarDate, reason: CeaseReason)?
    var placements: [PlacementStint] = []
    var needs: [SENType] = []
    var review: ReviewEvent?
    var phaseTransfer: (due: CalendarDate, final: CalendarDate)?
}
