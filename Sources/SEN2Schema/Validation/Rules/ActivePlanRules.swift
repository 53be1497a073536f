/// Rules about active plans (module 5): that a plan in force has one, with placements and
/// needs, and that its annual review items agree.
enum ActivePlanRules {
    static let all = [activePlansMissing, activePlansWithoutPlan, placementMissing, needMissing, decisionBeforeMeeting, meetingMissing,
                      decisionIncomplete, draftMissing, draftWithoutAmend, finalWithoutDue, transferNotHistorical]

    /// SX501: Plan in force with no active plan record. Module 5 describes every plan in force on the
    /// reference date.
    static let activePlansMissing = Rule(
        "SX501", .error, items: [], source: .template, title: "Plan in force with no active plan record",
        reading: "Module 5 describes every plan in force on the reference date.",
        check: .request { request, run in
            guard request.activePlans == nil, let plan = request.assessment?.namedPlan, plan.isInForce(on: run.referenceDate) else { return }
            run.flag("This plan has not ceased, so it needs an active plan record (placements, needs, reviews). Add it in ActivePlans with "
                     + "this request's ID, or give the plan's cease date and reason.", Target(plan), Target(plan, .ceaseDate))
        })

    /// SX511: Active plan record with no named plan.
    static let activePlansWithoutPlan = Rule(
        "SX511", .error, items: [], source: .template, title: "Active plan record with no named plan",
        check: .request { request, run in
            guard let active = request.activePlans, request.assessment?.namedPlan == nil, !run.isMadeByReader(active) else { return }
            run.flag("An active plan is recorded for this request, but the request has no named plan. Add the plan in NamedPlans with this "
                     + "request's ID (and its assessment in Assessments), or remove the active plan.", Target(active))
        })

    /// SX502: Plan in force with no placement. Every plan in force has a placement; one awaiting a placement
    /// is recorded as NIEO.
    static let placementMissing = Rule(
        "SX502", .error, items: [], source: .template, title: "Plan in force with no placement",
        reading: "Every plan in force has a placement; one awaiting a placement is recorded as NIEO.",
        check: .activePlans { active, request, run in
            guard active.placements.isEmpty, request.assessment?.namedPlan?.isInForce(on: run.referenceDate) ?? false else { return }
            run.flag("This plan has no placement. Add the person's placement in PlacementDetails with this request's ID "
                     + "(NIEO if they are awaiting one).", Target(active))
        })

    /// SX503: Plan in force with no SEN need.
    static let needMissing = Rule(
        "SX503", .error, items: [], source: .template, title: "Plan in force with no SEN need",
        check: .activePlans { active, request, run in
            guard active.needs.isEmpty, request.assessment?.namedPlan?.isInForce(on: run.referenceDate) ?? false else { return }
            run.flag("This plan has no SEN type of need. Add the primary need (rank 1) in SENNeeds with this request's ID.", Target(active))
        })

    /// SX505: Annual review decision before the review meeting.
    static let decisionBeforeMeeting = Rule(
        "SX505", .error, items: [.lastReview, .reviewMeeting], title: "Annual review decision before the review meeting",
        check: .activePlans { active, _, run in
            guard let meeting = active.reviewMeeting.value, let decided = active.lastReview.value, decided < meeting else { return }
            run.flag("The annual review decision date \(Wording.date(decided)) is before the review meeting on \(Wording.date(meeting)). "
                     + "The decision follows the meeting: check both dates.", Target(active, .lastReview), Target(active, .reviewMeeting))
        })

    /// SX506: Review decision with no review meeting date. From 2025 the meeting date is compulsory, and a
    /// decision follows a meeting.
    static let meetingMissing = Rule(
        "SX506", .error, years: Rule.from(.y2025), items: [.reviewMeeting, .lastReview], title: "Review decision with no review meeting date",
        reading: "From 2025 the meeting date is compulsory, and a decision follows a meeting.",
        check: .activePlans { active, _, run in
            guard let decided = active.lastReview.value, active.reviewMeeting.isAbsent else { return }
            run.flag("An annual review decision is dated \(Wording.date(decided)), but the review meeting date is missing. Give the date "
                     + "of the meeting.", Target(active, .reviewMeeting))
        })

    /// SX507: Review decision without its date, or date without decision.
    static let decisionIncomplete = Rule(
        "SX507", .error, years: Rule.from(.y2025), items: [.reviewOutcome, .lastReview], title: "Review decision without its date, or date without decision",
        check: .activePlans { active, _, run in
            if let decided = active.lastReview.value, active.reviewOutcome.isAbsent {
                run.flag("An annual review decision is dated \(Wording.date(decided)), but the decision is missing. Give M (maintain), "
                         + "C (cease) or A (amend).", Target(active, .reviewOutcome))
            } else if let outcome = active.reviewOutcome.value, active.lastReview.isAbsent {
                run.flag("The annual review decision is \(Wording.code(outcome, in: run.year)), but its date is missing. Give the date the LA "
                         + "wrote with its decision.", Target(active, .lastReview))
            }
        })

    /// SX508: No draft amended plan date after an amend decision.
    static let draftMissing = Rule(
        "SX508", .error, years: Rule.from(.y2026), items: [.reviewDraft, .reviewOutcome], title: "No draft amended plan date after an amend decision",
        check: .activePlans { active, _, run in
            guard active.reviewOutcome.value == .amend, active.reviewDraft.isAbsent else { return }
            run.flag("The annual review decided to amend the plan, so the date the draft amended plan was issued is needed.",
                     Target(active, .reviewDraft))
        })

    /// SX509: Draft amended plan date without an amend decision.
    static let draftWithoutAmend = Rule(
        "SX509", .query, years: Rule.from(.y2025), items: [.reviewDraft, .reviewOutcome], title: "Draft amended plan date without an amend decision",
        check: .activePlans { active, _, run in
            guard let draft = active.reviewDraft.value, let outcome = active.reviewOutcome.value, outcome != .amend else { return }
            run.flag("A draft amended plan was issued on \(Wording.date(draft)), but the annual review decision is "
                     + "\(Wording.code(outcome, in: run.year)). Check the decision and the date.",
                     Target(active, .reviewDraft), Target(active, .reviewOutcome))
        })

    /// SX510: Phase transfer final plan date without its due date.
    static let finalWithoutDue = Rule(
        "SX510", .query, years: Rule.from(.y2025), items: [.phaseTransferFinalDate, .phaseTransferDueDate],
        title: "Phase transfer final plan date without its due date",
        check: .activePlans { active, _, run in
            guard let final = active.phaseTransferFinalDate.value, active.phaseTransferDueDate.isAbsent else { return }
            run.flag("A final plan was issued at a phase transfer on \(Wording.date(final)), but the due date for the amended plan is missing. "
                     + "Give the statutory due date.", Target(active, .phaseTransferDueDate))
        })

    /// SX512: Plan transferred in from another LA without assessment outcome H. The guide records a plan
    /// transferred in with assessment outcome H, even when its start date falls in the collection year.
    static let transferNotHistorical = Rule(
        "SX512", .error, items: [.transferLA, .assessmentOutcome], title: "Plan transferred in without assessment outcome H",
        reading: "The guide records a plan transferred in with assessment outcome H, even when its start date falls in the collection year.",
        check: .activePlans { active, request, run in
            guard let from = active.transferredFrom.value, let assessment = request.assessment, let outcome = assessment.outcome.value,
                  outcome != .historical else { return }
            run.flag("The plan was transferred in from LA \(from.text), so its assessment outcome should be H (historical or transferred in), "
                     + "not \(Wording.code(outcome, in: run.year)). The importing LA records the plan it received, not a new decision.",
                     Target(assessment, .assessmentOutcome), Target(active, .transferLA))
        })
}
