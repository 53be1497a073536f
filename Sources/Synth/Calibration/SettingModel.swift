import SEN2Schema

/// The setting of a plan drawn given age and primary need, fitted so that the caseload
/// reproduces the published setting rows (§6.5 of `sen2-stats.md`) while each setting takes
/// only the ages it serves and leans towards the needs it specialises in
/// (``StartingShapes/ageFit(_:age:)``, ``StartingShapes/needFit(_:need:)``).
struct SettingModel: Sendable {
    /// Setting given age (0…25) and need (index into ``NeedModel/needs``).
    let byAgeAndNeed: [[WeightedTable<SettingKind>]]
    /// The published share of each setting kind (placements not recorded left out).
    let targetShares: [SettingKind: Double]

    init(parameters p: SynthParameters, needModel: NeedModel) throws(SynthError) {
        let mix = try ParameterReading.named(p.settingMix, name: "settingMix", as: SettingKind.self)
        let total = mix.values.reduce(0, +)
        try ParameterReading.requirePositive(total, name: "settingMix")
        targetShares = mix.mapValues { $0 / total }
        let kinds = SettingKind.allCases
        let needs = needModel.needs
        let nA = 26, nN = needs.count, nK = kinds.count
        func cell(_ a: Int, _ n: Int, _ k: Int) -> Int { (a * nN + n) * nK + k }

        var seed = Array(repeating: 0.0, count: nA * nN * nK)
        for a in 0..<nA { for (n, need) in needs.enumerated() { for (k, kind) in kinds.enumerated() {
            seed[cell(a, n, k)] = (mix[kind] ?? 0) > 0
                ? StartingShapes.ageFit(kind, age: a) * StartingShapes.needFit(kind, need: need) : 0
        } } }
        var raking = Raking(seed: seed)
        for a in 0..<nA { for n in 0..<nN {
            let start = cell(a, n, 0)
            raking.require(needModel.ageNeedShare[a][n]) { $0 >= start && $0 < start + nK }
        } }
        for (k, kind) in kinds.enumerated() { raking.require((mix[kind] ?? 0) / total) { $0 % nK == k } }
        raking.fit()
        let fitted = raking.weights
        byAgeAndNeed = (0..<nA).map { a in
            (0..<nN).map { n in
                let entries = kinds.enumerated().map { ($0.element, fitted[cell(a, n, $0.offset)]) }
                return entries.contains { $0.1 > 0 } ? WeightedTable(entries) : WeightedTable([(.otherPlacementSettings, 1)])
            }
        }
    }
}
