import SEN2Schema
import XLSXIO

/// Simulates one person's life course up to the census day, for the situation they are in.
///
/// The situation and the calibrated choices (age, sex, need, setting, plan duration, timing,
/// ethnicity) come from ``StratifiedDraws``; every other detail from the person's own random
/// streams (``PersonRandom``). A person's story depends only on the seed, the cohort size and
/// their index.
struct LifeSimulator: Sendable {
    let calibration: Calibration
    let calendar: SchoolCalendar
    let draws: StratifiedDraws
    let seed: UInt64
    let la: String
    let otherLAs: [String]
    let identities: IdentityMaker
    let placements: PlacementPlanner
    let reviews: ReviewPlanner

    init(calibration: Calibration, calendar: SchoolCalendar, count: Int, seed: UInt64, la: String) {
        self.calibration = calibration
        self.calendar = calendar
        self.seed = seed
        self.la = la
        draws = StratifiedDraws(count: count, seed: seed)
        otherLAs = LocalAuthority.current.map(\.code).filter { $0 != la }
        identities = IdentityMaker(calendar: calendar, la: la, assumptions: calibration.assumptions,
                                   numbers: PupilNumbers(seed: seed), otherLAs: otherLAs)
        placements = PlacementPlanner(calendar: calendar, assumptions: calibration.assumptions,
                                      workBasedLearning: calibration.workBasedLearning)
        reviews = ReviewPlanner(calendar: calendar, assumptions: calibration.assumptions, outcomes: calibration.reviewOutcome)
    }

    /// The stratified draws and random streams of one person.
    struct Draws {
        let index: Int
        let draws: StratifiedDraws
        var life: SplitMix64
        var identity: SplitMix64
        var settings: SplitMix64

        func u(_ d: StratifiedDraws.Dimension) -> Double { draws.value(d, person: index) }
    }

    /// Person `index`'s situation and story.
    func story(index: Int) -> (situation: Situation, story: LifeStory) {
        let streams = PersonRandom(seed: seed, index: index)
        var p = Draws(index: index, draws: draws, life: streams.stream(.life), identity: streams.stream(.identity),
                       settings: streams.stream(.placements))
        let situation = calibration.situations.table.pick(p.u(.kind))
        let story: LifeStory
        switch situation {
        case .caseload: story = caseload(&p)
        case .ceased: story = ceased(&p)
        default: story = requestOnly(situation, &p)
        }
        return (situation, story)
    }

    /// The sex's index in the need model.
    func sexIndex(_ sex: Sex) -> Int { calibration.sexes.firstIndex(of: sex) ?? 0 }

    /// A primary need and, for some, a different secondary need.
    func needs(age: Int, sex: Sex, u: Double, rng: inout SplitMix64) -> [SENType] {
        let table = calibration.needs.byAgeAndSex[age][sexIndex(sex)]
        let primary = table.pick(u)
        guard rng.chance(calibration.assumptions.secondaryNeedShare), table.categories.count > 1 else { return [primary] }
        var secondary = primary
        while secondary == primary { secondary = table.pick(using: &rng) }
        return [primary, secondary]
    }

    /// The needs' index of `need` in the need model.
    func needIndex(_ need: SENType) -> Int { calibration.needs.needs.firstIndex(of: need) ?? 0 }

    /// A personal budget, organised arrangements and direct payments, or none.
    func personalBudget(_ plan: inout PlanStory, rng: inout SplitMix64) {
        let a = calibration.assumptions
        guard rng.chance(a.personalBudgetShare) else { return }
        plan.personalBudget = true
        plan.organisedArrangements = rng.chance(a.organisedArrangementsShare)
        if rng.chance(a.directPaymentsShare) { plan.directPayment = calibration.directPayment.pick(using: &rng) }
    }

    /// How a person in `kind` of setting has been schooled.
    static func schooling(kind: SettingKind?, age: Int, rng: inout SplitMix64) -> IdentityMaker.Schooling {
        guard let kind else { return age < 5 ? .notYetAtSchool : .stateSchool }
        switch kind {
        case .earlyYears: return .notYetAtSchool
        case .welshEstablishment: return rng.chance(0.5) ? .outsideEngland : .stateSchool
        case .electiveHomeEducation, .otherArrangementsByParents: return rng.chance(0.4) ? .neverStateFunded : .stateSchool
        case .mainstreamIndependent, .specialIndependent, .specialNonMaintained:
            return rng.chance(0.25) ? .neverStateFunded : .stateSchool
        default: return age < 4 ? .notYetAtSchool : .stateSchool
        }
    }
}
