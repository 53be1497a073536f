/// Rules about placements: dates, ranks among the placements open on the reference date, and
/// settings that fit the person's age.
enum PlacementRules {
    static let all = [leftBeforeEntry, openRankRepeated, openSecondaryAlone, neetUnder16, leftBeforePeriod]

    /// SX520: Placement leaving date before its start date.
    static let leftBeforeEntry = Rule(
        "SX520", .error, items: [.entryDate, .leavingDate], title: "Placement leaving date before its start date",
        check: .placement { placement, _, run in
            guard let entry = placement.entryDate.value, let left = placement.leavingDate.value, left < entry else { return }
            run.flag("The placement's leaving date \(Wording.date(left)) is before its start date \(Wording.date(entry)). Check both dates.",
                     Target(placement, .leavingDate), Target(placement, .entryDate))
        })

    /// SX521: Two open placements with the same rank. Ranks describe the placements open together: ended
    /// placements keep their rank without clashing.
    static let openRankRepeated = Rule(
        "SX521", .error, items: [.placementRank], title: "Two open placements with the same rank",
        reading: "Ranks describe the placements open together: ended placements keep their rank without clashing.",
        check: .activePlans { active, _, run in
            let day = run.referenceDate
            RankChecks.repeated(active.placements, rank: \.rank, counts: { $0.isOpen(on: day) }, item: .placementRank,
                                what: "placements open on the reference date", run: &run)
        })

    /// SX522: Open secondary placement without an open primary.
    static let openSecondaryAlone = Rule(
        "SX522", .error, items: [.placementRank], title: "Open secondary placement without an open primary",
        check: .activePlans { active, _, run in
            let day = run.referenceDate
            RankChecks.secondaryAlone(active.placements, rank: \.rank, counts: { $0.isOpen(on: day) }, item: .placementRank,
                                      what: "placement open on the reference date", run: &run)
        })

    /// SX523: NEET placement for a person under 16. NEET is defined for ages 16 to 25; younger people out of
    /// school are NIEC or NIEO.
    static let neetUnder16 = Rule(
        "SX523", .query, items: [.placementSENSetting, .personBirthDate], title: "NEET placement for a person under 16",
        reading: "NEET is defined for ages 16 to 25; younger people out of school are NIEC or NIEO.",
        check: .placement { placement, _, run in
            guard placement.setting.value == .neet, let birth = run.person.birthDate.value else { return }
            let age = ValidationContext.age(bornOn: birth, on: run.referenceDate)
            guard age < 16 else { return }
            run.flag("The placement is NEET (not in education, employment or training, ages 16 to 25), but the person is \(age). Use NIEC or "
                     + "NIEO for a younger person not in education, or check the date of birth.",
                     Target(placement, .placementSENSetting), Target(run.person, .personBirthDate))
        })

    /// SX524: Placement ended before the collection period. Placements open at the previous census may still
    /// be wanted, so an older one is queried, not refused.
    static let leftBeforePeriod = Rule(
        "SX524", .query, items: [.leavingDate], title: "Placement ended before the collection period",
        reading: "Placements open at the previous census may still be wanted, so an older one is queried, not refused.",
        check: .placement { placement, _, run in
            guard let left = placement.leavingDate.value, left < run.context.period.lowerBound else { return }
            run.flag("The placement ended on \(Wording.date(left)), before the \(run.year) activity period began on "
                     + "\(Wording.date(run.context.period.lowerBound)). It is probably not needed in this return.", Target(placement, .leavingDate))
        })
}
