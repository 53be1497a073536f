import XLSXIO

/// The activity figures of the calendar year before the collection. Each is one small
/// function beside its definition, so that a definition can be corrected in one place.
public enum ActivityRules {
    /// The 20-week limit in days.
    public static let twentyWeeks = 140

    /// Requests received.
    public static let requestsDefinition = FigureDefinition(
        id: "requests", title: "Requests received", text: "Requests for an EHC needs assessment with a received date in the year.")

    /// True when the request was received in the year.
    public static func isReceived(_ request: Request, in period: SummaryPeriod) -> Bool {
        request.receivedDate.value.map(period.activityRange.contains) ?? false
    }

    /// Requests refused.
    public static let refusedDefinition = FigureDefinition(
        id: "refused", title: "Requests refused",
        text: "Requests received in the year whose outcome is N (the LA decided not to assess).")

    /// True when the request was received in the year and refused.
    public static func isRefused(_ request: Request, in period: SummaryPeriod) -> Bool {
        isReceived(request, in: period) && request.outcome.value == .notAssess
    }

    /// Assessments completed.
    public static let assessmentsDefinition = FigureDefinition(
        id: "assessments", title: "Assessments completed",
        text: "Assessments with outcome Y (issue a plan) or N (not issue) and an outcome date in the year.")

    /// True when the assessment was completed in the year.
    public static func isCompleted(_ assessment: Assessment, in period: SummaryPeriod) -> Bool {
        guard let outcome = assessment.outcome.value, outcome == .issue || outcome == .notIssue,
              let date = assessment.outcomeDate.value else { return false }
        return period.activityRange.contains(date)
    }

    /// New plans.
    public static let newPlansDefinition = FigureDefinition(
        id: "new_plans", title: "New plans", text: "Assessments with outcome Y and an outcome date (the date the plan was issued) in the year.")

    /// True when the assessment issued a new plan in the year.
    public static func isNewPlan(_ assessment: Assessment, in period: SummaryPeriod) -> Bool {
        guard assessment.outcome.value == .issue, let date = assessment.outcomeDate.value else { return false }
        return period.activityRange.contains(date)
    }

    /// Within 20 weeks, of all new plans.
    public static let within20WeeksDefinition = FigureDefinition(
        id: "within_20_weeks_pct", title: "New plans issued within 20 weeks (%)",
        text: "Of the new plans whose request has a received date, the percentage with outcome date minus received "
            + "date of 140 days or fewer.")

    /// Within 20 weeks, excluding exceptions.
    public static let within20WeeksExclDefinition = FigureDefinition(
        id: "within_20_weeks_excl_exceptions_pct", title: "Within 20 weeks, excluding exceptions (%)",
        text: "The same percentage leaving out the plans whose twenty-week exceptions flag (Week20) is 1.")

    /// For a new plan: nil when the request has no received date (it cannot be timed), else
    /// whether it was issued within 20 weeks of the request.
    public static func wasWithin20Weeks(_ request: Request, _ assessment: Assessment) -> Bool? {
        guard let received = request.receivedDate.value, let issued = assessment.outcomeDate.value else { return nil }
        return received.days(to: issued) <= twentyWeeks
    }

    /// True when the assessment's twenty-week exceptions flag is set.
    public static func hasException(_ assessment: Assessment) -> Bool {
        assessment.week20Exception.value == .yes
    }

    /// Plans ceased.
    public static let ceasedDefinition = FigureDefinition(
        id: "ceased", title: "Plans ceased", text: "Named plans with a cease date in the year, by cease reason ('unknown' when the reason is missing or unreadable).")

    /// True when the plan ceased in the year.
    public static func isCeased(_ plan: NamedPlan, in period: SummaryPeriod) -> Bool {
        plan.ceaseDate.value.map(period.activityRange.contains) ?? false
    }

    /// The key of a ceased plan's reason: its code, or `unknown`.
    public static func ceaseReasonKey(_ plan: NamedPlan) -> String {
        plan.ceaseReason.value?.code ?? "unknown"
    }

    /// Transfers in.
    public static let transfersInDefinition = FigureDefinition(
        id: "transfers_in", title: "Transfers in",
        text: "Active-plan records naming the LA the plan was transferred in from during the calendar year (TransferLA).")

    /// True when the active plan was transferred in.
    public static func isTransferIn(_ activePlans: ActivePlans) -> Bool {
        activePlans.transferredFrom.isPresent
    }

    /// Transfers out.
    public static let transfersOutDefinition = FigureDefinition(
        id: "transfers_out", title: "Transfers out",
        text: "Plans ceased in the year with reason 5 (transferred to another local authority).")

    /// True when the plan ceased in the year because it was transferred to another LA.
    public static func isTransferOut(_ plan: NamedPlan, in period: SummaryPeriod) -> Bool {
        isCeased(plan, in: period) && plan.ceaseReason.value == .transferred
    }
}
