/// Rules about EHC needs assessments (module 3).
enum AssessmentRules {
    static let all = [outcomeDateMissing, outcomeDateNotExpected, historicalDecidedInPeriod, decidedBeforeRequest, planAfterNoPlan,
                      planMissing, week20Missing, decidedBeforePeriod]

    /// SX301: Assessment outcome date missing (outcome N). For outcome Y the guide asks for the date only
    /// once the plan is issued, so only N always needs a date.
    static let outcomeDateMissing = Rule(
        "SX301", .error, items: [.assessmentOutcomeDate, .assessmentOutcome], title: "Assessment outcome date missing (outcome N)",
        reading: "For outcome Y the guide asks for the date only once the plan is issued, so only N always needs a date.",
        check: .assessment { assessment, _, run in
            guard assessment.outcome.value == .notIssue, assessment.outcomeDate.isAbsent else { return }
            run.flag("The assessment outcome is N (no plan will be issued), so the date the person was told is needed. "
                     + "Give the assessment outcome date.", Target(assessment, .assessmentOutcomeDate))
        })

    /// SX302: Assessment outcome date given for outcome A or W.
    static let outcomeDateNotExpected = Rule(
        "SX302", .error, items: [.assessmentOutcomeDate, .assessmentOutcome], title: "Assessment outcome date given for outcome A or W",
        check: .assessment { assessment, _, run in
            guard let outcome = assessment.outcome.value, outcome == .awaiting || outcome == .withdrawn,
                  let date = assessment.outcomeDate.value else { return }
            run.flag("The assessment outcome is \(Wording.code(outcome, in: run.year)), so no decision was made, but an assessment outcome "
                     + "date (\(Wording.date(date))) is given. Remove the date, or correct the outcome.",
                     Target(assessment, .assessmentOutcomeDate), Target(assessment, .assessmentOutcome))
        })

    /// SX303: Assessment outcome H with a date in the collection period. H also covers plans transferred in
    /// from another LA, whose date may fall in the period, so this is a query.
    static let historicalDecidedInPeriod = Rule(
        "SX303", .query, items: [.assessmentOutcome, .assessmentOutcomeDate], title: "Assessment outcome H with a date in the collection period",
        reading: "H also covers plans transferred in from another LA, whose date may fall in the period, so this is a query.",
        check: .assessment { assessment, _, run in
            guard assessment.outcome.value == .historical, let date = assessment.outcomeDate.value,
                  date >= run.context.period.lowerBound else { return }
            run.flag("Assessment outcome H means the decision to issue was made before \(Wording.date(run.context.period.lowerBound)) (or the plan "
                     + "was transferred in), but the assessment outcome date is \(Wording.date(date)). Use Y or N for a decision made in the "
                     + "period, or correct the date.", Target(assessment, .assessmentOutcome), Target(assessment, .assessmentOutcomeDate))
        })

    /// SX304: Assessment outcome date before the request outcome (or received) date.
    static let decidedBeforeRequest = Rule(
        "SX304", .error, items: [.assessmentOutcomeDate, .requestOutcomeDate, .receivedDate],
        title: "Assessment outcome date before the request outcome (or received) date",
        check: .assessment { assessment, request, run in
            guard let decided = assessment.outcomeDate.value else { return }
            if let agreed = request.outcomeDate.value, decided < agreed {
                run.flag("The assessment outcome date \(Wording.date(decided)) is before the request outcome date \(Wording.date(agreed)): the "
                         + "assessment follows the decision to assess. Check both dates.",
                         Target(assessment, .assessmentOutcomeDate), Target(request, .requestOutcomeDate))
            } else if request.outcomeDate.isAbsent, let received = request.receivedDate.value, decided < received {
                run.flag("The assessment outcome date \(Wording.date(decided)) is before the date the request was received, "
                         + "\(Wording.date(received)). Check both dates.",
                         Target(assessment, .assessmentOutcomeDate), Target(request, .receivedDate))
            }
        })

    /// SX305: Named plan after assessment outcome N, A or W.
    static let planAfterNoPlan = Rule(
        "SX305", .error, items: [.assessmentOutcome], title: "Named plan after assessment outcome N, A or W",
        check: .assessment { assessment, _, run in
            guard let outcome = assessment.outcome.value, outcome == .notIssue || outcome == .awaiting || outcome == .withdrawn,
                  let plan = assessment.namedPlan else { return }
            run.flag("The assessment outcome is \(Wording.code(outcome, in: run.year)), so no plan follows it, but a named plan is recorded"
                     + "\(run.inParentheses(plan.origin)). Correct the outcome (Y if a plan was issued), or remove the plan.",
                     Target(assessment, .assessmentOutcome), Target(plan))
        })

    /// SX306: Plan issued (or historical) but no named plan. Outcome Y with a date means the plan was issued;
    /// outcome H means a plan exists whose details are still needed.
    static let planMissing = Rule(
        "SX306", .error, items: [.assessmentOutcome, .assessmentOutcomeDate], title: "Plan issued (or historical) but no named plan",
        reading: "Outcome Y with a date means the plan was issued; outcome H means a plan exists whose details are still needed.",
        check: .assessment { assessment, _, run in
            guard assessment.namedPlan == nil, let outcome = assessment.outcome.value else { return }
            if outcome == .issue, let issued = assessment.outcomeDate.value {
                run.flag("A plan was issued on \(Wording.date(issued)) (assessment outcome Y), but there is no named plan for this request. "
                         + "Add it in NamedPlans with this request's ID.", Target(assessment, .assessmentOutcome), Target(assessment, .assessmentOutcomeDate))
            } else if outcome == .historical {
                run.flag("The assessment outcome is H (plan agreed before the period or transferred in), so the plan's details are needed, "
                         + "but there is no named plan for this request. Add it in NamedPlans with this request's ID.",
                         Target(assessment, .assessmentOutcome))
            }
        })

    /// SX307: 20-week exceptions indicator missing for an issued plan.
    static let week20Missing = Rule(
        "SX307", .error, items: [.week20, .assessmentOutcome], title: "20-week exceptions indicator missing for an issued plan",
        check: .assessment { assessment, _, run in
            guard assessment.outcome.value == .issue, assessment.outcomeDate.value != nil, assessment.week20Exception.isAbsent else { return }
            run.flag("A plan was issued, so \(Wording.name(.week20)) is needed: 1 if an exception to the 20-week limit applies, 0 if not.",
                     Target(assessment, .week20))
        })

    /// SX309: Assessment decided before the collection period not marked H.
    static let decidedBeforePeriod = Rule(
        "SX309", .error, items: [.assessmentOutcome, .assessmentOutcomeDate], title: "Assessment decided before the collection period not marked H",
        check: .assessment { assessment, _, run in
            guard let outcome = assessment.outcome.value, outcome == .issue || outcome == .notIssue,
                  let decided = assessment.outcomeDate.value, decided < run.context.period.lowerBound else { return }
            run.flag("The assessment was decided on \(Wording.date(decided)), before the \(run.year) activity period "
                     + "(\(Wording.date(run.context.period.lowerBound)) to \(Wording.date(run.context.period.upperBound))). "
                     + "A decision made before the period is recorded as H (historical): change the outcome to H, or correct the date.",
                     Target(assessment, .assessmentOutcome), Target(assessment, .assessmentOutcomeDate))
        })
}
