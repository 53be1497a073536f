/// Checks that the year's activity adds up.
enum ActivityQueries {
    /// More plans started in the year (leaving out historical and transferred-in plans) than
    /// assessments completed in it: each such plan should follow an assessment of the year.
    static func plansExceedAssessments(_ summary: ReturnSummary) -> SummaryQuery? {
        let period = summary.figures.period
        var started = 0
        var records: [QueryRecord] = []
        for (index, person) in summary.sen2Return.persons.enumerated() {
            for request in person.requests {
                guard let assessment = request.assessment, let plan = assessment.namedPlan,
                      let start = plan.startDate.value, period.activityRange.contains(start),
                      assessment.outcome.value != .historical else { continue }
                started += 1
                if !ActivityRules.isCompleted(assessment, in: period) {
                    let outcome = assessment.outcome.text ?? "none"
                    let date = assessment.outcomeDate.text ?? "none"
                    records.append(.of(summary, side: .current, person: index, origin: plan.origin,
                                       detail: "plan started \(start); assessment outcome \(outcome), outcome date \(date)"))
                }
            }
        }
        let assessments = summary.figures.activity.assessments
        guard started > assessments else { return nil }
        return SummaryQuery(
            id: "new_plans_exceed_assessments",
            message: Plural.count(started, "plan") + " started in \(period.activityYear) but only " + Plural.count(assessments, "assessment") + " " + (assessments == 1 ? "was" : "were") + " completed",
            explanation: "Every plan the LA issued in the year follows an assessment completed in the year (outcome Y with "
                + "its date). Plans whose assessment has another outcome or date are listed; transferred-in plans should "
                + "have assessment outcome H.",
            records: records)
    }

    /// Plans ceased by the reference date whose placements were still open after the cease date.
    static func ceasedWithOpenPlacements(_ summary: ReturnSummary) -> SummaryQuery? {
        let ref = summary.figures.period.referenceDate
        var records: [QueryRecord] = []
        for (index, person) in summary.sen2Return.persons.enumerated() {
            for request in person.requests {
                guard let plan = request.assessment?.namedPlan, let cease = plan.ceaseDate.value, cease <= ref,
                      let active = request.activePlans else { continue }
                for placement in active.placements {
                    if let leaving = placement.leavingDate.value, leaving <= cease { continue }
                    let leftText = placement.leavingDate.text.map { "left \($0)" } ?? "has no leaving date"
                    records.append(.of(summary, side: .current, person: index, origin: placement.origin,
                                       detail: "plan ceased \(cease); placement \(PlacementClass.key(of: placement, gias: nil)) \(leftText)"))
                }
            }
        }
        return SummaryQuery.raised(
            "ceased_with_open_placements", records: records,
            explanation: "When a plan ceases its placements end too: each needs a leaving date on or before the cease date, "
                + "or the plan should not have ceased.") { n in
            Plural.count(n, "placement") + " " + (n == 1 ? "is" : "are") + " still open on plans that have ceased"
        }
    }
}
