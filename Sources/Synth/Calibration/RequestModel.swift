import SEN2Schema

/// Who makes requests for assessment: age and sex by outcome, from the published requests
/// and refusal rates by age and by sex (§6.6 of `sen2-stats.md`), so that refusal rises with
/// age as it does nationally.
struct RequestModel: Sendable {
    /// Age of people whose request was refused.
    let refusedAge: WeightedTable<Int>
    /// Age of people whose request is undecided or withdrawn.
    let undecidedAge: WeightedTable<Int>
    /// Age of people whose request led to an assessment.
    let assessedAge: WeightedTable<Int>
    /// Sex of people whose request was refused.
    let refusedSex: WeightedTable<Sex>
    /// Sex of other people making requests.
    let requestSex: WeightedTable<Sex>
    /// Request sources, in years that collect them.
    let source: WeightedTable<RequestSource>
    /// The share of requests refused (never 0, so that rates per refusal stay finite).
    let refusalShare: Double

    /// - Parameters:
    ///   - newPlanAges: the age weights of new plans, whose requests are most of those assessed.
    ///   - situations: how many requests of each outcome the return holds, so that refused
    ///     requests can be spread over ages to give the published refusal rate at each age.
    init(parameters p: SynthParameters, caseloadAges: [Double], underThreeSplit: [Double], newPlanAges: [Double],
         situations: SituationModel) throws(SynthError) {
        let requests = try RequestModel.spread(p.requestsByAge, name: "requestsByAge", caseloadAges: caseloadAges, underThreeSplit: underThreeSplit)
        let refusal = try RequestModel.spread(p.refusalRateByAge, name: "refusalRateByAge", caseloadAges: caseloadAges,
                                              underThreeSplit: underThreeSplit, isRate: true)
        for (a, r) in refusal.enumerated() where r > 1 {
            throw SynthError(location: "refusalRateByAge", message: "the rate at age \(a) is above 1")
        }
        try ParameterReading.requirePositive(requests.reduce(0, +), name: "requestsByAge")
        let ages = Array(0...25)
        let undecidedAge = WeightedTable(ages.map { ($0, requests[$0]) })
        let assessed = ages.map { requests[$0] * (1 - refusal[$0]) }
        guard assessed.reduce(0, +) > 0, zip(requests, refusal).contains(where: { $0.0 * $0.1 > 0 }) else {
            throw SynthError(location: "refusalRateByAge", message: "give rates between 0 and 1 that are not all 0 nor all 1")
        }
        let assessedAge = WeightedTable(ages.map { ($0, assessed[$0]) })
        self.undecidedAge = undecidedAge
        self.assessedAge = assessedAge
        // The requests that were not refused, by age, as the return will hold them; refusals
        // at each age are then r / (1 − r) times as many.
        let s = situations.perCaseloadPerson
        let undecided = (s[.awaitingDecision] ?? 0) + (s[.requestWithdrawn] ?? 0)
        let newTotal = max(newPlanAges.reduce(0, +), 1e-12)
        refusedAge = WeightedTable(ages.map { a in
            let notRefused = situations.assessRequests.withPlan * newPlanAges[a] / newTotal
                + situations.assessRequests.others * assessedAge.probability(of: a) + undecided * undecidedAge.probability(of: a)
            return (a, refusal[a] < 1 ? notRefused * refusal[a] / (1 - refusal[a]) : requests[a])
        })
        let bySex = try ParameterReading.named(p.requestsBySex, name: "requestsBySex", as: Sex.self)
        let refusalBySex = try ParameterReading.named(p.refusalRateBySex, name: "refusalRateBySex", as: Sex.self)
        try ParameterReading.requirePositive(bySex.values.reduce(0, +), name: "requestsBySex")
        requestSex = WeightedTable(bySex, order: Sex.allCases)
        refusedSex = WeightedTable(Sex.allCases.map { ($0, (bySex[$0] ?? 0) * (refusalBySex[$0] ?? 0)) }
            .map { $0.1 > 0 ? $0 : ($0.0, 1e-9) })
        let outcomes = p.requestOutcomes.values.reduce(0, +)
        refusalShare = outcomes > 0 ? max(1e-9, (p.requestOutcomes[RequestOutcomeKey.refuse.rawValue] ?? 0) / outcomes) : 1
        let sources = try ParameterReading.named(p.assumptions.requestSources, name: "assumptions.requestSources", as: RequestSource.self)
        try ParameterReading.requirePositive(sources.values.reduce(0, +), name: "assumptions.requestSources")
        source = WeightedTable(sources, order: RequestSource.allCases)
    }

    /// A table keyed by age bands `"2"` (2 and under) … `"20"` (20 and over) spread over single
    /// ages: counts are split (under 3 by the assumed split, 20 and over as the caseload is),
    /// rates are repeated.
    static func spread(_ table: [String: Double], name: String, caseloadAges: [Double], underThreeSplit: [Double],
                       isRate: Bool = false) throws(SynthError) -> [Double] {
        let bands = try ParameterReading.ageBands(table, name: name, lowest: 2, highest: 20)
        var out = Array(repeating: 0.0, count: 26)
        let over20 = caseloadAges[20...25].reduce(0, +)
        for age in 0...25 {
            switch age {
            case 0...2: out[age] = isRate ? bands[0] : bands[0] * (underThreeSplit.count > age ? underThreeSplit[age] : 0)
            case 20...25: out[age] = isRate ? bands[18] : bands[18] * (over20 > 0 ? caseloadAges[age] / over20 : 1.0 / 6)
            default: out[age] = bands[age - 2]
            }
        }
        return out
    }
}
