import SEN2Schema

/// Plans ceased in the year: age, reason given age, and sex, from the published totals and
/// reasons by age (§6.9 of `sen2-stats.md`).
struct CeaseModel: Sendable {
    /// An age band of ``SynthParameters/ceasedByAge``.
    struct Band: Sendable, Hashable {
        /// The parameter key.
        var key: String
        /// The ages it covers.
        var ages: ClosedRange<Int>
    }

    /// The bands, youngest first.
    static let bands = [
        Band(key: "0-15", ages: 0...15), Band(key: "16", ages: 16...16), Band(key: "17", ages: 17...17),
        Band(key: "18", ages: 18...18), Band(key: "19", ages: 19...19), Band(key: "20+", ages: 20...25),
    ]

    /// The band of a ceased plan.
    let band: WeightedTable<Int>
    /// The reason given the band (index into ``bands``).
    let reasonByBand: [WeightedTable<CeaseReason>]
    /// Age within a band, in proportion to the caseload at those ages.
    let ageWithinBand: [WeightedTable<Int>]
    /// Sex of a ceased plan's person.
    let sex: WeightedTable<Sex>

    init(parameters p: SynthParameters, caseloadAges: [Double]) throws(SynthError) {
        var bandWeights: [(Int, Double)] = []
        var reasons: [WeightedTable<CeaseReason>] = []
        for (i, b) in CeaseModel.bands.enumerated() {
            let weight = p.ceasedByAge[b.key] ?? 0
            guard weight.isFinite, weight >= 0 else {
                throw SynthError(location: "ceasedByAge.\(b.key)", message: "must be a count of zero or more")
            }
            bandWeights.append((i, weight))
            let row = try ParameterReading.named(p.ceaseReasonsByAge[b.key] ?? [:], name: "ceaseReasonsByAge.\(b.key)", as: CeaseReason.self)
            // Reaching the maximum age is only possible at 25, in the oldest band.
            var usable = row
            if !b.ages.contains(25) { usable[.maximumAge] = nil }
            reasons.append(usable.values.contains { $0 > 0 } ? WeightedTable(usable, order: CeaseReason.allCases) : WeightedTable([(.other, 1)]))
        }
        for key in p.ceasedByAge.keys where !CeaseModel.bands.contains(where: { $0.key == key }) {
            throw SynthError(location: "ceasedByAge.\(key)", message: "unknown band; use \"0-15\", \"16\", \"17\", \"18\", \"19\" or \"20+\"")
        }
        try ParameterReading.requirePositive(bandWeights.reduce(0) { $0 + $1.1 }, name: "ceasedByAge")
        band = WeightedTable(bandWeights)
        reasonByBand = reasons
        ageWithinBand = CeaseModel.bands.map { b in
            WeightedTable(b.ages.map { ($0, max(caseloadAges[$0], 1e-9)) })
        }
        let sexes = try ParameterReading.named(p.ceasedBySex, name: "ceasedBySex", as: Sex.self)
        try ParameterReading.requirePositive(sexes.values.reduce(0, +), name: "ceasedBySex")
        sex = WeightedTable(sexes, order: Sex.allCases)
    }
}
