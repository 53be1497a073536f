/// Rules about SEN types of need: up to two, ranked 1 and 2, no type twice.
enum NeedRules {
    static let all = [tooMany, typeRepeated, rankRepeated, secondaryAlone]

    /// SX530: More than two SEN needs.
    static let tooMany = Rule(
        "SX530", .error, items: [.senType], title: "More than two SEN needs",
        check: .activePlans { active, _, run in
            guard active.needs.count > 2 else { return }
            for (n, need) in active.needs.enumerated().dropFirst(2) {
                run.flag("This plan has \(active.needs.count) SEN needs, but the return allows two (primary and secondary). Keep the two "
                         + "ranked first and remove this one.", Target(need, .senType, index: n))
            }
        })

    /// SX531: Same SEN type of need twice.
    static let typeRepeated = Rule(
        "SX531", .error, items: [.senType], title: "Same SEN type of need twice",
        check: .activePlans { active, _, run in
            guard active.needs.count > 1 else { return }
            var seen = Set<SENType>()
            for (n, need) in active.needs.enumerated() {
                guard let type = need.type.value else { continue }
                if !seen.insert(type).inserted {
                    run.flag("\(Wording.code(type, in: run.year)) is recorded twice for this plan. Give a different secondary need, "
                             + "or remove this row.", Target(need, .senType, index: n))
                }
            }
        })

    /// SX532: Two SEN needs with the same rank.
    static let rankRepeated = Rule(
        "SX532", .error, items: [.senTypeRank], title: "Two SEN needs with the same rank",
        check: .activePlans { active, _, run in
            RankChecks.repeated(active.needs, rank: \.rank, item: .senTypeRank, what: "SEN needs", run: &run)
        })

    /// SX533: Secondary SEN need without a primary.
    static let secondaryAlone = Rule(
        "SX533", .error, items: [.senTypeRank], title: "Secondary SEN need without a primary",
        check: .activePlans { active, _, run in
            RankChecks.secondaryAlone(active.needs, rank: \.rank, item: .senTypeRank, what: "SEN need", run: &run)
        })
}
