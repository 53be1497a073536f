import SEN2Schema
import XLSXIO

/// The share of the return in each ``Situation``, derived from the national flows so that the
/// return as a whole reproduces the published request outcomes (§6.6 of `sen2-stats.md`,
/// and so the refusal rate), assessment outcomes (§6.7) and plans ceased (§6.9) against the
/// caseload (§6.1).
///
/// Plans issued in the year come from requests made in the same year or the year before;
/// the share made in the same year follows from the time-to-plan distribution
/// (``TimingModel/shareStartingSince(_:window:bins:)``). In a steady state as many requests
/// of the year are still being assessed on the census day as plans issued in the year came
/// from requests of the year before; those people are in the return as
/// ``Situation/beingAssessed``. The requests with outcome Y are then all the plans, decisions
/// and assessments in progress that started in the year, and the refused, undecided and
/// withdrawn requests are scaled to them by the published outcome shares.
struct SituationModel: Sendable {
    /// The share of the return in each situation.
    let table: WeightedTable<Situation>
    /// Expected people per situation for one person in the caseload.
    let perCaseloadPerson: [Situation: Double]
    /// Requests of the year with outcome Y per caseload person: those whose plan was issued
    /// in the year, and the rest (under assessment, not issued, withdrawn, exported).
    let assessRequests: (withPlan: Double, others: Double)

    init(parameters p: SynthParameters, durations: DurationModel, timing: TimingModel, year: CollectionYear) throws(SynthError) {
        let outcomes = try ParameterReading.named(p.requestOutcomes, name: "requestOutcomes", as: RequestOutcomeKey.self)
        let requestTotal = outcomes.values.reduce(0, +)
        try ParameterReading.requirePositive(outcomes[.assess] ?? 0, name: "requestOutcomes.Y")
        let assessments = try ParameterReading.named(p.assessmentOutcomes, name: "assessmentOutcomes", as: AssessmentOutcomeKey.self)
        try ParameterReading.requirePositive(assessments[.plan] ?? 0, name: "assessmentOutcomes.plan")
        guard p.caseloadTotal > 0 else { throw SynthError(location: "caseloadTotal", message: "must be greater than zero") }

        let period = year.activityPeriod
        let newPlans = durations.underOneYearShare * (1 - durations.transferInShare)
        let planWindow = year.census.adding(days: -365)...period.upperBound
        let planInYear = (1 - timing.exceptionShare) * TimingModel.shareStartingSince(period.lowerBound, window: planWindow, bins: timing.toPlan)
            + timing.exceptionShare * TimingModel.shareStartingSince(period.lowerBound, window: planWindow, bins: timing.toPlanWithExceptions)
        let noPlanInYear = TimingModel.shareStartingSince(period.lowerBound, window: period, bins: timing.toNoPlanDecision)
        let plan = assessments[.plan] ?? 0
        let notIssued = newPlans * (assessments[.noPlan] ?? 0) / plan
        let withdrawn = newPlans * (assessments[.withdrawn] ?? 0) / plan
        let beingAssessed = (newPlans + notIssued) * (1 - planInYear)
        let exportedShare = try ParameterReading.share(p.assumptions.exportedShare, name: "assumptions.exportedShare")
        let assessRequests = (newPlans * planInYear + beingAssessed + notIssued * noPlanInYear + withdrawn) / (1 - exportedShare)
        self.assessRequests = (newPlans * planInYear, assessRequests - newPlans * planInYear)
        let allRequests = assessRequests * requestTotal / (outcomes[.assess] ?? 1)
        func share(_ key: RequestOutcomeKey) -> Double { allRequests * (outcomes[key] ?? 0) / requestTotal }
        let counts: [Situation: Double] = [
            .caseload: 1,
            .ceased: p.ceasedTotal / p.caseloadTotal,
            .refused: share(.refuse),
            .awaitingDecision: share(.awaiting),
            .requestWithdrawn: share(.withdrawn),
            .beingAssessed: beingAssessed,
            .notIssued: notIssued,
            .assessmentWithdrawn: withdrawn,
            .exported: assessRequests * exportedShare,
        ]
        perCaseloadPerson = counts
        table = WeightedTable(counts, order: Situation.allCases)
    }
}

/// The outcome keys of ``SynthParameters/requestOutcomes``.
enum RequestOutcomeKey: String, CaseIterable, Hashable {
    case assess = "Y", refuse = "N", awaiting = "A", withdrawn = "W"
}

/// The outcome keys of ``SynthParameters/assessmentOutcomes``.
enum AssessmentOutcomeKey: String, CaseIterable, Hashable {
    case plan, noPlan, withdrawn
}
