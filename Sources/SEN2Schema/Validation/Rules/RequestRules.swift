/// Rules about requests for an EHC needs assessment (module 2).
enum RequestRules {
    static let all = [receivedMissing, ryaMissing, outcomeDateMissing, outcomeDateNotExpected, receivedAfterOutcome, sourceMissing,
                      otherSource, nothingAfterUndecided, assessmentAfterRefusal, assessmentMissing, exportedWithLaterModules,
                      ownLACode, decidedBeforePeriod, historicalDecidedInPeriod, receivedBeforeBirth, historicalReceivedInPeriod]

    /// SX201: Date request received missing (outcome not H).
    static let receivedMissing = Rule(
        "SX201", .error, items: [.receivedDate, .requestOutcome], title: "Date request received missing (outcome not H)",
        check: .request { request, run in
            guard let outcome = request.outcome.value, outcome != .historical, request.receivedDate.isAbsent else { return }
            run.flag("The date the request was received is missing. It is needed for every request except historical ones (outcome H); "
                     + "it starts the 20-week period.", Target(request, .receivedDate))
        })

    /// SX202: Youth custody indicator missing (outcome not H).
    static let ryaMissing = Rule(
        "SX202", .error, items: [.rya, .requestOutcome], title: "Youth custody indicator missing (outcome not H)",
        check: .request { request, run in
            guard let outcome = request.outcome.value, outcome != .historical, request.youthCustody.isAbsent else { return }
            run.flag("\(Wording.name(.rya)) is missing. Give 1 if the request was first made while the person was in relevant youth "
                     + "accommodation, 0 if not; only historical requests (outcome H) may leave it blank.", Target(request, .rya))
        })

    /// SX203: Request outcome date missing (outcome Y or N).
    static let outcomeDateMissing = Rule(
        "SX203", .error, items: [.requestOutcomeDate, .requestOutcome], title: "Request outcome date missing (outcome Y or N)",
        check: .request { request, run in
            guard let outcome = request.outcome.value, outcome == .assess || outcome == .notAssess, request.outcomeDate.isAbsent else { return }
            run.flag("The request outcome is \(Wording.code(outcome, in: run.year)), so the date the family was told of the decision is needed. "
                     + "Give the request outcome date.", Target(request, .requestOutcomeDate))
        })

    /// SX204: Request outcome date given for outcome A or W. A and W mean no decision was made, so a decision
    /// date contradicts them.
    static let outcomeDateNotExpected = Rule(
        "SX204", .error, items: [.requestOutcomeDate, .requestOutcome], title: "Request outcome date given for outcome A or W",
        reading: "A and W mean no decision was made, so a decision date contradicts them.",
        check: .request { request, run in
            guard let outcome = request.outcome.value, outcome == .awaiting || outcome == .withdrawn,
                  let date = request.outcomeDate.value else { return }
            run.flag("The request outcome is \(Wording.code(outcome, in: run.year)), so no decision was made, but a request outcome date "
                     + "(\(Wording.date(date))) is given. Remove the date, or correct the outcome.",
                     Target(request, .requestOutcomeDate), Target(request, .requestOutcome))
        })

    /// SX205: Request outcome date before the request was received.
    static let receivedAfterOutcome = Rule(
        "SX205", .error, items: [.receivedDate, .requestOutcomeDate], title: "Request outcome date before the request was received",
        check: .request { request, run in
            guard let received = request.receivedDate.value, let decided = request.outcomeDate.value, decided < received else { return }
            run.flag("The request outcome date \(Wording.date(decided)) is before the date the request was received, \(Wording.date(received)). "
                     + "The decision comes after the request: check both dates.",
                     Target(request, .requestOutcomeDate), Target(request, .receivedDate))
        })

    /// SX206: Request source missing. Compulsory from 2026 for requests received in the activity period;
    /// earlier requests may leave it blank.
    static let sourceMissing = Rule(
        "SX206", .error, years: Rule.from(.y2026), items: [.requestSource, .receivedDate], title: "Request source missing",
        reading: "Compulsory from 2026 for requests received in the activity period; earlier requests may leave it blank.",
        check: .request { request, run in
            guard request.source.isAbsent, let received = request.receivedDate.value, run.context.period.contains(received) else { return }
            run.flag("\(Wording.name(.requestSource)) is missing. From \(run.year) it is needed for every request received in the "
                     + "activity period: give 1 to 5.", Target(request, .requestSource))
        })

    /// SX207: Request source 5 (other). The guide says COLLECT asks for more information when source 5 is
    /// used.
    static let otherSource = Rule(
        "SX207", .query, years: Rule.from(.y2025), items: [.requestSource], title: "Request source 5 (other)",
        reading: "The guide says COLLECT asks for more information when source 5 is used.",
        check: .request { request, run in
            guard request.source.value == .other else { return }
            run.flag("Request source 5 (other) will be queried in COLLECT. Use a more specific source if one fits; "
                     + "otherwise be ready to explain who made the request.", Target(request, .requestSource))
        })

    /// SX208: Assessment or active plan after request outcome A or W. The guide says no further information
    /// is needed once A or W is chosen; records below such a request contradict it.
    static let nothingAfterUndecided = Rule(
        "SX208", .error, items: [.requestOutcome], title: "Assessment or active plan after request outcome A or W",
        reading: "The guide says no further information is needed once A or W is chosen; records below such a request contradict it.",
        check: .request { request, run in
            guard let outcome = request.outcome.value, outcome == .awaiting || outcome == .withdrawn else { return }
            if let assessment = request.assessment {
                run.flag("The request outcome is \(Wording.code(outcome, in: run.year)), so nothing should follow the request, but an "
                         + "assessment is recorded for it\(run.inParentheses(assessment.origin)). Correct the outcome, or remove the assessment.",
                         Target(request, .requestOutcome), Target(assessment))
            }
            if let active = request.activePlans {
                run.flag("The request outcome is \(Wording.code(outcome, in: run.year)), so nothing should follow the request, but an "
                         + "active plan is recorded for it\(run.inParentheses(active.origin)). Correct the outcome, or remove the active plan.",
                         Target(request, .requestOutcome), Target(active))
            }
        })

    /// SX209: Assessment after a refusal to assess without mediation or tribunal. When a refusal is
    /// overturned the guide keeps outcome N and sets the mediation or tribunal indicator, so an assessment
    /// after N needs one of them.
    static let assessmentAfterRefusal = Rule(
        "SX209", .error, items: [.requestOutcome, .requestMediation, .requestTribunal], title: "Assessment after a refusal to assess without mediation or tribunal",
        reading: "When a refusal is overturned the guide keeps outcome N and sets the mediation or tribunal indicator, so an assessment "
            + "after N needs one of them.",
        check: .request { request, run in
            guard request.outcome.value == .notAssess, let assessment = request.assessment,
                  request.mediation.value != .yes, request.tribunal.value != .yes else { return }
            run.flag("The LA decided not to assess (request outcome N), but an assessment is recorded\(run.inParentheses(assessment.origin)). "
                     + "If the decision was overturned, keep N and set request mediation or request tribunal to 1; otherwise remove the assessment.",
                     Target(request, .requestOutcome), Target(request, .requestMediation), Target(request, .requestTribunal))
        })

    /// SX210: Request outcome Y with no assessment.
    static let assessmentMissing = Rule(
        "SX210", .error, items: [.requestOutcome], title: "Request outcome Y with no assessment",
        check: .request { request, run in
            guard request.outcome.value == .assess, request.assessment == nil, request.exportedTo.isAbsent else { return }
            run.flag("The LA agreed to assess (request outcome Y), but there is no assessment for this request. Add it in Assessments "
                     + "with this request's ID (outcome A while the decision is not yet made).", Target(request, .requestOutcome))
        })

    /// SX211: Exported request with an assessment, plan or active plan.
    static let exportedWithLaterModules = Rule(
        "SX211", .error, items: [.exported], title: "Exported request with an assessment, plan or active plan",
        check: .request { request, run in
            guard let exported = request.exportedTo.value else { return }
            func report(_ what: String, _ target: Target, _ origin: RecordOrigin) {
                run.flag("The person moved to LA \(exported.text) before the assessment was completed (Exported), so this LA records nothing "
                         + "more for the request, but \(what) is recorded\(run.inParentheses(origin)). Remove it, or clear Exported.",
                         Target(request, .exported), target)
            }
            if let assessment = request.assessment { report("an assessment", Target(assessment), assessment.origin) }
            if let active = request.activePlans { report("an active plan", Target(active), active.origin) }
        })

    /// SX212: Exported to or transferred in from the LA making the return.
    static let ownLACode = Rule(
        "SX212", .error, items: [.exported, .transferLA], title: "Exported to or transferred in from the LA making the return",
        check: .request { request, run in
            guard let own = run.context.ownLA else { return }
            if request.exportedTo.value == own {
                run.flag("Exported names \(own.text), the LA making this return. Give the code of the LA the person moved to.",
                         Target(request, .exported))
            }
            if let active = request.activePlans, active.transferredFrom.value == own {
                run.flag("\(Wording.name(.transferLA)) names \(own.text), the LA making this return. Give the code of the LA the plan came from, "
                         + "or leave it blank if the plan was not transferred in.", Target(active, .transferLA))
            }
        })

    /// SX213: Decision before the collection period not marked H. H is for decisions made before the activity
    /// period, so a Y or N decided before it should be H.
    static let decidedBeforePeriod = Rule(
        "SX213", .error, items: [.requestOutcome, .requestOutcomeDate], title: "Decision before the collection period not marked H",
        reading: "H is for decisions made before the activity period, so a Y or N decided before it should be H.",
        check: .request { request, run in
            guard let outcome = request.outcome.value, outcome == .assess || outcome == .notAssess,
                  let decided = request.outcomeDate.value, decided < run.context.period.lowerBound else { return }
            run.flag("The request was decided on \(Wording.date(decided)), before the \(run.year) activity period "
                     + "(\(Wording.date(run.context.period.lowerBound)) to \(Wording.date(run.context.period.upperBound))). "
                     + "A decision made before the period is recorded as H (historical): change the outcome to H, or correct the date.",
                     Target(request, .requestOutcome), Target(request, .requestOutcomeDate))
        })

    /// SX214: Outcome H with a decision date in the collection period.
    static let historicalDecidedInPeriod = Rule(
        "SX214", .query, items: [.requestOutcome, .requestOutcomeDate], title: "Outcome H with a decision date in the collection period",
        check: .request { request, run in
            guard request.outcome.value == .historical, let decided = request.outcomeDate.value,
                  decided >= run.context.period.lowerBound else { return }
            run.flag("Request outcome H means the decision to assess was made before \(Wording.date(run.context.period.lowerBound)), but the "
                     + "request outcome date is \(Wording.date(decided)). Use Y or N for a decision made in the period, or correct the date.",
                     Target(request, .requestOutcome), Target(request, .requestOutcomeDate))
        })

    /// SX215: Request received before the person was born.
    static let receivedBeforeBirth = Rule(
        "SX215", .error, items: [.receivedDate, .personBirthDate], title: "Request received before the person was born",
        check: .request { request, run in
            guard let received = request.receivedDate.value, let birth = run.person.birthDate.value, received < birth else { return }
            run.flag("The request was received on \(Wording.date(received)), before the person's date of birth, \(Wording.date(birth)). "
                     + "Check both dates.", Target(request, .receivedDate), Target(run.person, .personBirthDate))
        })

    /// SX216: Outcome H for a request received in the collection period. H means the decision to assess was
    /// made before the activity period, which cannot be true of a request received during it.
    static let historicalReceivedInPeriod = Rule(
        "SX216", .error, items: [.requestOutcome, .receivedDate], title: "Outcome H for a request received in the collection period",
        reading: "H means the decision to assess was made before the activity period, which cannot be true of a request received during it.",
        check: .request { request, run in
            guard request.outcome.value == .historical, let received = request.receivedDate.value,
                  received >= run.context.period.lowerBound else { return }
            run.flag("Request outcome H means the decision to assess was made before \(Wording.date(run.context.period.lowerBound)), but the "
                     + "request was received on \(Wording.date(received)). Give the outcome of this request (Y, N, A or W), or correct the date.",
                     Target(request, .requestOutcome), Target(request, .receivedDate))
        })
}
