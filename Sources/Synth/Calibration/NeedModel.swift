import SEN2Schema

/// Primary need drawn given age and sex, fitted so that the caseload reproduces the published
/// need totals, need at the published single ages, need by sex, and the age and sex totals
/// (§6.1–6.4 of `sen2-stats.md`).
struct NeedModel: Sendable {
    /// The needs, in the order of the statistics (DS last, for years whose list has it).
    let needs: [SENType]
    /// Primary need given age (0…25) and sex (index into ``CaseloadModel/sexes``).
    let byAgeAndSex: [[WeightedTable<SENType>]]
    /// The joint share of each (age, need) pair, indexed `[age][need index]`.
    let ageNeedShare: [[Double]]

    /// The needs the statistics publish totals for, in their order.
    static let publishedNeeds: [SENType] = [
        .autism, .speechLanguageCommunication, .socialEmotionalMentalHealth, .moderateLearning, .severeLearning,
        .physical, .specificLearning, .hearing, .profoundMultipleLearning, .other, .vision, .multiSensory,
    ]

    init(parameters p: SynthParameters, ages: [Double], sexes: [Sex], sexWeights: [Double], year: CollectionYear) throws(SynthError) {
        let needTotals = try ParameterReading.named(p.primaryNeed, name: "primaryNeed", as: SENType.self)
        let base = NeedModel.publishedNeeds
        let ageTotal = ages.reduce(0, +)
        let needTotal = base.reduce(0) { $0 + (needTotals[$1] ?? 0) }
        try ParameterReading.requirePositive(needTotal, name: "primaryNeed")
        let sexTotal = sexWeights.reduce(0, +)
        let nA = 26, nS = sexes.count, nN = base.count
        func cell(_ a: Int, _ s: Int, _ n: Int) -> Int { (a * nS + s) * nN + n }

        var seed = Array(repeating: 0.0, count: nA * nS * nN)
        for a in 0..<nA {
            for (s, sex) in sexes.enumerated() {
                for (n, need) in base.enumerated() {
                    let male = StartingShapes.maleShare(need)
                    seed[cell(a, s, n)] = StartingShapes.ramp(a, StartingShapes.needAgeShape(need)) * (sex == .male ? male : 1 - male)
                }
            }
        }
        var raking = Raking(seed: seed)
        for a in 0..<nA { raking.require(ages[a] / ageTotal) { $0 / (nS * nN) == a } }
        for s in 0..<nS { raking.require(sexWeights[s] / sexTotal) { ($0 / nN) % nS == s } }
        for (n, need) in base.enumerated() { raking.require((needTotals[need] ?? 0) / needTotal) { $0 % nN == n } }
        // Published needs at single ages: each listed need's share of the age, and the rest together.
        for (key, row) in p.needAtAge {
            guard let a = Int(key), (0..<nA).contains(a) else {
                throw SynthError(location: "needAtAge.\(key)", message: "not an age: use \"0\" … \"25\"")
            }
            let listed = try NeedModel.listedShares(row, name: "needAtAge.\(key)")
            let ageShare = ages[a] / ageTotal
            for (need, share) in listed { if let n = base.firstIndex(of: need) {
                raking.require(ageShare * share) { $0 / (nS * nN) == a && $0 % nN == n }
            } }
            let rest = max(0, 1 - listed.values.reduce(0, +))
            let listedIndices = Set(listed.keys.compactMap { base.firstIndex(of: $0) })
            raking.require(ageShare * rest) { $0 / (nS * nN) == a && !listedIndices.contains($0 % nN) }
        }
        // Published needs by sex.
        for (key, row) in p.needBySex {
            guard let sex = Sex(rawValue: key), let s = sexes.firstIndex(of: sex) else {
                throw SynthError(location: "needBySex.\(key)", message: "not a sex code: use \"M\" or \"F\"")
            }
            let listed = try NeedModel.listedShares(row, name: "needBySex.\(key)")
            let sexShare = sexWeights[s] / sexTotal
            for (need, share) in listed { if let n = base.firstIndex(of: need) {
                raking.require(sexShare * share) { ($0 / nN) % nS == s && $0 % nN == n }
            } }
            let listedIndices = Set(listed.keys.compactMap { base.firstIndex(of: $0) })
            raking.require(sexShare * max(0, 1 - listed.values.reduce(0, +))) { ($0 / nN) % nS == s && !listedIndices.contains($0 % nN) }
        }
        raking.fit()
        let fitted = raking.weights

        // Years whose code list has DS: part of "other difficulty" is Down syndrome.
        let withDS = SENType.downSyndrome.isValid(in: year.declaration.codeListYear)
        let dsShare = withDS ? try ParameterReading.share(p.assumptions.downSyndromeShareOfOther, name: "assumptions.downSyndromeShareOfOther") : 0
        let other = base.firstIndex(of: .other)!
        let needs = withDS ? base + [.downSyndrome] : base
        self.needs = needs
        func weights(_ a: Int, _ s: Int) -> [Double] {
            var w = (0..<nN).map { fitted[cell(a, s, $0)] }
            if withDS {
                w.append(w[other] * dsShare)
                w[other] *= 1 - dsShare
            }
            return w
        }
        byAgeAndSex = (0..<nA).map { a in
            (0..<nS).map { s in
                let w = weights(a, s)
                return w.reduce(0, +) > 0 ? WeightedTable(Array(zip(needs, w))) : WeightedTable([(.other, 1)])
            }
        }
        ageNeedShare = (0..<nA).map { a in
            var row = Array(repeating: 0.0, count: needs.count)
            for s in 0..<nS { for (n, w) in weights(a, s).enumerated() { row[n] += w } }
            return row
        }
    }

    /// The shares of the needs listed in a row with an `"all"` total.
    private static func listedShares(_ row: [String: Double], name: String) throws(SynthError) -> [SENType: Double] {
        guard let all = row["all"], all > 0 else {
            throw SynthError(location: name, message: "needs an \"all\" total greater than zero")
        }
        var counts = row
        counts["all"] = nil
        return try ParameterReading.named(counts, name: name, as: SENType.self).mapValues { $0 / all }
    }
}
