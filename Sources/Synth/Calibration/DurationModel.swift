/// How long a plan in the caseload has been in place, drawn given age, fitted to the
/// published years-in-place totals (§6.10, `sen2-stats.md` §1.7) and the age totals, with
/// the plans started in the last year spread over ages as new plans are (§6.10: peaks at
/// 4–5 and 10–11) and as plans transferred in from other LAs are.
struct DurationModel: Sendable {
    /// Whole years in place (0…12, 12 meaning 12 or more) given age (0…25).
    let byAge: [WeightedTable<Int>]
    /// Share of plans that started in the last year which were transferred in from another
    /// LA rather than issued here (derived: plans under a year old beyond the new plans issued).
    let transferInShare: Double
    /// Share of the caseload whose plan started in the last year.
    let underOneYearShare: Double
    /// Given age, the share of plans started in the last year that were transferred in: new
    /// plans are mostly issued young, transfers are spread over ages as the caseload is.
    let transferInShareByAge: [Double]

    /// The years-in-place buckets.
    static let years = Array(0...12)

    init(parameters p: SynthParameters, ages: [Double], newPlanAges: [Double]) throws(SynthError) {
        let years = try ParameterReading.ageBands(p.yearsInPlace, name: "yearsInPlace", lowest: 0, highest: 12)
        let yearsTotal = years.reduce(0, +)
        try ParameterReading.requirePositive(yearsTotal, name: "yearsInPlace")
        let ageTotal = ages.reduce(0, +)
        let newTotal = newPlanAges.reduce(0, +)
        underOneYearShare = years[0] / yearsTotal
        let underOneYear = p.caseloadTotal * underOneYearShare
        transferInShare = underOneYear > 0 ? min(1, max(0, 1 - p.newPlansIssued / underOneYear)) : 0

        let nA = 26, nD = DurationModel.years.count
        var seed = Array(repeating: 0.0, count: nA * nD)
        for a in 0..<nA {
            for d in 0..<nD {
                let startAge = d == 12 ? a - 13 : a - d
                seed[a * nD + d] = startAge >= 0 ? max(newPlanAges[startAge] / max(newTotal, 1), 1e-4) : 0
            }
        }
        var raking = Raking(seed: seed)
        for a in 0..<nA { raking.require(ages[a] / ageTotal) { $0 / nD == a } }
        for d in 0..<nD { raking.require(years[d] / yearsTotal) { $0 % nD == d } }
        var transfers = Array(repeating: 0.0, count: nA)
        for a in 0..<nA where newTotal > 0 {
            let issuedHere = (1 - transferInShare) * newPlanAges[a] / newTotal
            let transferred = transferInShare * ages[a] / ageTotal
            transfers[a] = issuedHere + transferred > 0 ? transferred / (issuedHere + transferred) : 0
            raking.require(underOneYearShare * (issuedHere + transferred)) { $0 == a * nD }
        }
        transferInShareByAge = transfers
        raking.fit()
        let fitted = raking.weights
        byAge = (0..<nA).map { a in
            let entries = DurationModel.years.map { ($0, fitted[a * nD + $0]) }
            return entries.contains { $0.1 > 0 } ? WeightedTable(entries) : WeightedTable([(0, 1)])
        }
    }
}
