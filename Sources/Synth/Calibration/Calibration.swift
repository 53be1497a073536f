import SEN2Schema

/// Everything the generator draws from, compiled once per run from the parameters and the
/// collection year: typed, fitted tables that every person's generator shares read-only.
public struct Calibration: Sendable {
    /// The parameters the tables were fitted to.
    public let parameters: SynthParameters
    /// The collection year.
    public let year: CollectionYear
    /// Caseload age (0…25).
    let caseloadAge: WeightedTable<Int>
    /// Caseload weights by age, as given.
    let caseloadAgeWeights: [Double]
    /// The sexes, in the order the need model indexes them.
    let sexes: [Sex]
    /// Caseload sex.
    let caseloadSex: WeightedTable<Sex>
    /// Primary need given age and sex.
    let needs: NeedModel
    /// Setting given age and need.
    let settings: SettingModel
    /// Years in place given age.
    let durations: DurationModel
    /// Timing of decisions and plans.
    let timing: TimingModel
    /// Who is in the return for which reason.
    let situations: SituationModel
    /// Requests by outcome.
    let requests: RequestModel
    /// Plans ceased.
    let cessations: CeaseModel
    /// Ethnicity (main codes).
    let ethnicity: WeightedTable<Ethnicity>
    /// The published ethnicity shares, main codes.
    let ethnicityTargets: [Ethnicity: Double]
    /// The assumptions, checked.
    let assumptions: Assumptions
    /// Review decisions.
    let reviewOutcome: WeightedTable<ReviewOutcome>
    /// Direct payment types.
    let directPayment: WeightedTable<DirectPayment>
    /// Work-based learning by type, with "none" as nil.
    let workBasedLearning: WeightedTable<WorkBasedLearning?>

    /// Compiles `parameters` for `year`.
    ///
    /// - Parameter withinTwentyWeeks: the 20-week share to aim at, when it is drawn from the
    ///   spread between LAs rather than taken from the parameters.
    public init(parameters p: SynthParameters, year: CollectionYear, withinTwentyWeeks: Double? = nil) throws(SynthError) {
        parameters = p
        self.year = year
        let a = p.assumptions
        guard a.underThreeSplit.count == 3, a.underThreeSplit.allSatisfy({ $0 >= 0 }), a.underThreeSplit.reduce(0, +) > 0 else {
            throw SynthError(location: "assumptions.underThreeSplit", message: "give three shares (ages 0, 1, 2) that are not all zero")
        }
        for (name, value) in [
            ("secondaryNeedShare", a.secondaryNeedShare), ("personalBudgetShare", a.personalBudgetShare),
            ("organisedArrangementsShare", a.organisedArrangementsShare), ("directPaymentsShare", a.directPaymentsShare),
            ("residentialShareSpecialIndependent", a.residentialShareSpecialIndependent),
            ("residentialShareOtherSpecial", a.residentialShareOtherSpecial), ("annualReviewHeldShare", a.annualReviewHeldShare),
            ("phaseTransferOnTimeShare", a.phaseTransferOnTimeShare), ("secondPlacementShare", a.secondPlacementShare),
            ("upnShare", a.upnShare), ("temporaryUPNShare", a.temporaryUPNShare), ("ulnShareAge14to15", a.ulnShareAge14to15),
            ("ulnShareAge16Plus", a.ulnShareAge16Plus), ("postcodeShare", a.postcodeShare),
            ("extendedEthnicityShare", a.extendedEthnicityShare), ("ethnicityRefusedShare", a.ethnicityRefusedShare),
            ("assessmentMediationRate", a.assessmentMediationRate), ("assessmentTribunalRate", a.assessmentTribunalRate),
            ("otherMediationRate", a.otherMediationRate), ("otherTribunalRate", a.otherTribunalRate),
        ] {
            _ = try ParameterReading.share(value, name: "assumptions." + name)
        }
        for (name, value) in [("requestMediationRate", p.requestMediationRate), ("requestTribunalRate", p.requestTribunalRate),
                              ("youthCustodyRate", p.youthCustodyRate)] {
            _ = try ParameterReading.share(value, name: name)
        }
        assumptions = a

        var ages = try ParameterReading.ages(p.caseloadByAge, name: "caseloadByAge", underThreeSplit: a.underThreeSplit)
        // A plan ends at the end of the academic year in which the person turns 25, so someone
        // aged 25 on 31 August before the census should no longer hold one (the validator's
        // SX414); the 371 published plans at 25 (0.06 %) are left out like unrecorded placements.
        ages[25] = 0
        caseloadAgeWeights = ages
        try ParameterReading.requirePositive(caseloadAgeWeights.reduce(0, +), name: "caseloadByAge (ages 0 to 24)")
        caseloadAge = WeightedTable(Array(zip(0...25, caseloadAgeWeights)))
        let sexWeights = try ParameterReading.named(p.caseloadBySex, name: "caseloadBySex", as: Sex.self)
        sexes = Sex.allCases
        try ParameterReading.requirePositive(sexWeights.values.reduce(0, +), name: "caseloadBySex")
        caseloadSex = WeightedTable(sexWeights, order: sexes)
        needs = try NeedModel(parameters: p, ages: caseloadAgeWeights, sexes: sexes,
                              sexWeights: sexes.map { sexWeights[$0] ?? 0 }, year: year)
        settings = try SettingModel(parameters: p, needModel: needs)
        let newPlanAges = try RequestModel.spread(p.newPlansByStartAge, name: "newPlansByStartAge", caseloadAges: caseloadAgeWeights,
                                                  underThreeSplit: a.underThreeSplit)
        durations = try DurationModel(parameters: p, ages: caseloadAgeWeights, newPlanAges: newPlanAges)
        timing = try TimingModel(parameters: p, withinTwentyWeeks: withinTwentyWeeks ?? p.withinTwentyWeeks)
        situations = try SituationModel(parameters: p, durations: durations, timing: timing, year: year)
        requests = try RequestModel(parameters: p, caseloadAges: caseloadAgeWeights, underThreeSplit: a.underThreeSplit,
                                    newPlanAges: newPlanAges, situations: situations)
        cessations = try CeaseModel(parameters: p, caseloadAges: caseloadAgeWeights)

        var ethnic = p.ethnicity
        let unclassified = ethnic.removeValue(forKey: "unclassified") ?? 0
        var codes = try ParameterReading.named(ethnic, name: "ethnicity", as: Ethnicity.self)
        codes[.refu, default: 0] += unclassified * a.ethnicityRefusedShare
        codes[.nobt, default: 0] += unclassified * (1 - a.ethnicityRefusedShare)
        for code in codes.keys where !code.isMainCode {
            throw SynthError(location: "ethnicity.\(code.rawValue)", message: "use the main codes; the generator chooses extended codes itself")
        }
        let ethnicTotal = codes.values.reduce(0, +)
        try ParameterReading.requirePositive(ethnicTotal, name: "ethnicity")
        ethnicity = WeightedTable(codes, order: Ethnicity.allCases)
        ethnicityTargets = codes.mapValues { $0 / ethnicTotal }

        let reviews = try ParameterReading.named(a.reviewOutcomes, name: "assumptions.reviewOutcomes", as: ReviewOutcome.self)
        try ParameterReading.requirePositive(reviews.values.reduce(0, +), name: "assumptions.reviewOutcomes")
        reviewOutcome = WeightedTable(reviews, order: ReviewOutcome.allCases)
        let payments = try ParameterReading.named(a.directPaymentTypes, name: "assumptions.directPaymentTypes", as: DirectPayment.self)
        try ParameterReading.requirePositive(payments.values.reduce(0, +), name: "assumptions.directPaymentTypes")
        directPayment = WeightedTable(payments, order: DirectPayment.allCases)
        let wbl = try ParameterReading.named(a.workBasedLearning, name: "assumptions.workBasedLearning", as: WorkBasedLearning.self)
        let wblTotal = wbl.values.reduce(0, +)
        guard wblTotal <= 1 else {
            throw SynthError(location: "assumptions.workBasedLearning", message: "the shares add up to more than 1")
        }
        workBasedLearning = WeightedTable(WorkBasedLearning.allCases.map { (Optional($0), wbl[$0] ?? 0) } + [(nil, 1 - wblTotal)])
    }
}
