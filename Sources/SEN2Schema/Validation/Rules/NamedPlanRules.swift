/// Rules about named plans (module 4): dates, ceasing, personal budgets and the settings the
/// plan names.
enum NamedPlanRules {
    static let all = [startMissing, ceaseReasonMissing, ceaseDateMissing, startAfterCease, otherCeaseReason, ceasedBeforePeriod,
                      personalBudgetMissing, arrangementsMissing, budgetDetailWithoutBudget, tooManySettings, noSetting,
                      settingRankRepeated, secondarySettingAlone, pastAgeLimit]

    /// SX401: EHC plan start date missing.
    static let startMissing = Rule(
        "SX401", .error, items: [.startDate], title: "EHC plan start date missing",
        check: .namedPlan { plan, _, _, run in
            guard plan.startDate.isAbsent, !run.isMadeByReader(plan) else { return }
            run.flag("The EHC plan start date is missing. Give the date of the current plan.", Target(plan, .startDate))
        })

    /// SX402: Cease date without a cease reason.
    static let ceaseReasonMissing = Rule(
        "SX402", .error, items: [.ceaseReason, .ceaseDate], title: "Cease date without a cease reason",
        check: .namedPlan { plan, _, _, run in
            guard let ceased = plan.ceaseDate.value, plan.ceaseReason.isAbsent else { return }
            run.flag("The plan ceased on \(Wording.date(ceased)) but no reason is given. Give the reason the plan ceased (1 to 9).",
                     Target(plan, .ceaseReason), Target(plan, .ceaseDate))
        })

    /// SX403: Cease reason without a cease date.
    static let ceaseDateMissing = Rule(
        "SX403", .error, items: [.ceaseDate, .ceaseReason], title: "Cease reason without a cease date",
        check: .namedPlan { plan, _, _, run in
            guard let reason = plan.ceaseReason.value, plan.ceaseDate.isAbsent else { return }
            run.flag("A reason the plan ceased is given (\(Wording.code(reason, in: run.year))) but no cease date. Give the date the plan "
                     + "ended (not the date of the decision to cease), or remove the reason if the plan continues.",
                     Target(plan, .ceaseDate), Target(plan, .ceaseReason))
        })

    /// SX404: Plan start date after its cease date.
    static let startAfterCease = Rule(
        "SX404", .error, items: [.startDate, .ceaseDate], title: "Plan start date after its cease date",
        check: .namedPlan { plan, _, _, run in
            guard let start = plan.startDate.value, let ceased = plan.ceaseDate.value, ceased < start else { return }
            run.flag("The plan ceased on \(Wording.date(ceased)), before its start date \(Wording.date(start)). Check both dates.",
                     Target(plan, .ceaseDate), Target(plan, .startDate))
        })

    /// SX405: Cease reason 9 (other). The guide says COLLECT asks for more information when reason 9 is used.
    static let otherCeaseReason = Rule(
        "SX405", .query, items: [.ceaseReason], title: "Cease reason 9 (other)",
        reading: "The guide says COLLECT asks for more information when reason 9 is used.",
        check: .namedPlan { plan, _, _, run in
            guard plan.ceaseReason.value == .other else { return }
            run.flag("Cease reason 9 (other) will be queried in COLLECT. Use a more specific reason if one fits; otherwise be ready to "
                     + "explain why the plan ceased.", Target(plan, .ceaseReason))
        })

    /// SX406: Plan ceased before the collection period. The return holds plans in force and plans that ceased
    /// in the activity period; one that ceased earlier is out of scope.
    static let ceasedBeforePeriod = Rule(
        "SX406", .error, items: [.ceaseDate], title: "Plan ceased before the collection period",
        reading: "The return holds plans in force and plans that ceased in the activity period; one that ceased earlier is out of scope.",
        check: .namedPlan { plan, _, _, run in
            guard let ceased = plan.ceaseDate.value, ceased < run.context.period.lowerBound else { return }
            run.flag("The plan ceased on \(Wording.date(ceased)), before the \(run.year) activity period began on "
                     + "\(Wording.date(run.context.period.lowerBound)), so it does not belong in this return. Remove it, or correct the date.",
                     Target(plan, .ceaseDate))
        })

    /// SX407: Personal budget indicator missing. The guide asks every plan whether a personal budget was
    /// taken up (1 or 0); a blank is not read as 0.
    static let personalBudgetMissing = Rule(
        "SX407", .error, items: [.pb], title: "Personal budget indicator missing",
        reading: "The guide asks every plan whether a personal budget was taken up (1 or 0); a blank is not read as 0.",
        check: .namedPlan { plan, _, _, run in
            guard plan.personalBudget.isAbsent, !run.isMadeByReader(plan) else { return }
            run.flag("\(Wording.name(.pb)) is missing. Give 1 if a personal budget was taken up for this plan, 0 if not.", Target(plan, .pb))
        })

    /// SX408: Organised arrangements missing for a personal budget.
    static let arrangementsMissing = Rule(
        "SX408", .error, items: [.oa, .pb], title: "Organised arrangements missing for a personal budget",
        check: .namedPlan { plan, _, _, run in
            guard plan.personalBudget.value == .yes, plan.organisedArrangements.isAbsent else { return }
            run.flag("A personal budget was taken up, so \(Wording.name(.oa)) is needed: 1 if organised arrangements are in place, 0 if not.",
                     Target(plan, .oa))
        })

    /// SX409: Personal budget details without a personal budget.
    static let budgetDetailWithoutBudget = Rule(
        "SX409", .query, items: [.pb, .oa, .dp], title: "Personal budget details without a personal budget",
        check: .namedPlan { plan, _, _, run in
            guard plan.personalBudget.value == .no else { return }
            if plan.organisedArrangements.value == .yes {
                run.flag("Organised arrangements are recorded (1), but no personal budget was taken up (0). Check both items.",
                         Target(plan, .oa), Target(plan, .pb))
            }
            if let dp = plan.directPayments.value {
                run.flag("Direct payments are recorded (\(Wording.code(dp, in: run.year))), but no personal budget was taken up (0). "
                         + "Check both items.", Target(plan, .dp), Target(plan, .pb))
            }
        })

    /// SX410: More than two settings named in a plan.
    static let tooManySettings = Rule(
        "SX410", .error, items: [], source: .guide([.planURN, .planUKPRN, .planSENSetting, .planPlacementRank]),
        title: "More than two settings named in a plan",
        check: .namedPlan { plan, _, _, run in
            guard plan.details.count > 2 else { return }
            for (d, detail) in plan.details.enumerated().dropFirst(2) {
                run.flag("The plan names \(plan.details.count) settings, but the return allows two (primary and secondary). "
                         + "Keep the two the plan ranks first, and remove this one.", Target(detail, index: d))
            }
        })

    /// SX411: Plan names no setting. Section I of a plan names the setting or type of setting (OTH when only
    /// a type is specified), so a plan with no setting is queried.
    static let noSetting = Rule(
        "SX411", .query, items: [], source: .guide([.planURN, .planUKPRN, .planSENSetting]), title: "Plan names no setting",
        reading: "Section I of a plan names the setting or type of setting (OTH when only a type is specified), so a plan with no "
            + "setting is queried.",
        check: .namedPlan { plan, _, _, run in
            guard plan.details.isEmpty else { return }
            run.flag("No setting is recorded for this plan. Add the setting the plan names in PlanDetails with this request's ID "
                     + "(URN, UKPRN, or a SEN setting type such as OTH when only a type is specified).", Target(plan))
        })

    /// SX412: Two settings of a plan with the same rank.
    static let settingRankRepeated = Rule(
        "SX412", .error, items: [.planPlacementRank], title: "Two settings of a plan with the same rank",
        check: .namedPlan { plan, _, _, run in
            RankChecks.repeated(plan.details, rank: \.rank, item: .planPlacementRank, what: "settings named in the plan", run: &run)
        })

    /// SX413: Secondary setting named without a primary.
    static let secondarySettingAlone = Rule(
        "SX413", .error, items: [.planPlacementRank], title: "Secondary setting named without a primary",
        check: .namedPlan { plan, _, _, run in
            RankChecks.secondaryAlone(plan.details, rank: \.rank, item: .planPlacementRank, what: "setting named in the plan", run: &run)
        })

    /// SX414: Plan in force after the academic year the person turned 25. A plan ends at the end of the
    /// academic year in which the person turns 25 (cease reason 1). If the person was 25 on 31 August before
    /// the reference date, that year has ended and the plan should have ceased.
    static let pastAgeLimit = Rule(
        "SX414", .error, items: [.ceaseDate, .personBirthDate], title: "Plan in force after the academic year the person turned 25",
        reading: "A plan ends at the end of the academic year in which the person turns 25 (cease reason 1). If the person was 25 on "
            + "31 August before the reference date, that year has ended and the plan should have ceased.",
        check: .namedPlan { plan, _, _, run in
            // Older people are reported once, by SX106.
            guard plan.isInForce(on: run.referenceDate), run.ageAtAcademicYearStart == 25 else { return }
            run.flag("The person turned 25 in the academic year that ended on \(Wording.date(run.context.academicYearStart)), so the plan should "
                     + "have ceased by then (cease reason 1). Give the cease date and reason, or check the date of birth.",
                     Target(plan, .ceaseDate), Target(run.person, .personBirthDate))
        })
}

/// Checks shared by plan settings, placements and needs: ranks 1 and 2, each at most once,
/// and 2 only with 1. They walk the records in place, building nothing.
enum RankChecks {
    /// Reports every record (among those `counts`) whose rank an earlier one already has.
    static func repeated<R: ItemRecord>(_ records: [R], rank: (R) -> Field<Rank>, counts: (R) -> Bool = { _ in true },
                                        item: Item, what: String, run: inout RuleRun) {
        guard records.count > 1 else { return }
        var seenPrimary = false, seenSecondary = false
        for (i, record) in records.enumerated() where counts(record) {
            guard let value = rank(record).value else { continue }
            let seen = value == .primary ? seenPrimary : seenSecondary
            if value == .primary { seenPrimary = true } else { seenSecondary = true }
            guard seen else { continue }
            run.flag("Two \(what) have rank \(value.code) (\(value.label)). Give one rank 1 (primary) and, if there is a second, rank 2 (secondary).",
                     Target(record, item, index: i))
        }
    }

    /// Reports rank-2 records (among those `counts`) when none has rank 1.
    static func secondaryAlone<R: ItemRecord>(_ records: [R], rank: (R) -> Field<Rank>, counts: (R) -> Bool = { _ in true },
                                              item: Item, what: String, run: inout RuleRun) {
        guard !records.contains(where: { counts($0) && rank($0).value == .primary }) else { return }
        for (i, record) in records.enumerated() where counts(record) && rank(record).value == .secondary {
            run.flag("This \(what) has rank 2 (secondary), but none has rank 1 (primary). Rank the main one 1.", Target(record, item, index: i))
        }
    }
}
