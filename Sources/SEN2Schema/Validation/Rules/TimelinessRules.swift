/// The 20-week timeliness measure: a plan should be issued within 20 weeks of the request,
/// unless an exception applies.
enum TimelinessRules {
    static let all = [over20Weeks]

    /// Twenty weeks, in days.
    static let limitDays = 140

    /// SX308: Plan issued after 20 weeks with no exception. Weeks run from the date received to the date the
    /// plan was issued (assessment outcome Y); a plan issued more than 140 days later without the exceptions
    /// indicator is queried, as the published 20-week measure suggests COLLECT does.
    static let over20Weeks = Rule(
        "SX308", .query, items: [.assessmentOutcomeDate, .receivedDate, .week20], title: "Plan issued after 20 weeks with no exception",
        reading: "Weeks run from the date received to the date the plan was issued (assessment outcome Y); a plan issued more than 140 days "
            + "later without the exceptions indicator is queried, as the published 20-week measure suggests COLLECT does.",
        check: .assessment { assessment, request, run in
            guard assessment.outcome.value == .issue, let issued = assessment.outcomeDate.value, let received = request.receivedDate.value,
                  assessment.week20Exception.value != .yes else { return }
            let days = received.days(to: issued)
            guard days > limitDays else { return }
            run.flag("The plan was issued \(Wording.weeks(days)) after the request was received (\(Wording.date(received)) to "
                     + "\(Wording.date(issued))), beyond the 20-week limit, and no exception is recorded. If an exception applies, set "
                     + "\(Wording.name(.week20)) to 1; otherwise check the dates, and be ready to explain the delay.",
                     Target(assessment, .assessmentOutcomeDate), Target(request, .receivedDate), Target(assessment, .week20))
        })
}
