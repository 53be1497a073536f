import SEN2Schema
import XLSXIO

/// Counts what a generated return contains, read from its records (not from the simulation),
/// beside the calibration targets: the caseload's age, sex, primary need, setting, ethnicity
/// and years in place, the outcomes and refusal rate of the year's requests, the 20-week
/// rate, new plans' ages, and cease reasons. Adding a person costs a few comparisons; the
/// statistics never hold the cohort.
public struct CohortStatistics: Sendable {
    /// Why people are in the return.
    public private(set) var situations: Distribution
    /// Caseload by age at 31 August before the reference date.
    public private(set) var age: Distribution
    /// Caseload by sex.
    public private(set) var sex: Distribution
    /// Caseload by primary need (DS counted as OTH, as the statistics do).
    public private(set) var need: Distribution
    /// Caseload by setting group.
    public private(set) var setting: Distribution
    /// Caseload by setting, row by row.
    public private(set) var settingDetail: Distribution
    /// Caseload by ethnicity (main codes).
    public private(set) var ethnicity: Distribution
    /// Caseload by whole years the plan has been in place.
    public private(set) var yearsInPlace: Distribution
    /// Requests received in the year by outcome.
    public private(set) var requestOutcomes: Distribution
    /// New plans issued in the year by age at 31 August.
    public private(set) var newPlanAge: Distribution
    /// Plans ceased in the year by reason.
    public private(set) var ceaseReasons: Distribution
    /// Requests received in the year that were refused.
    public private(set) var refusal: Rate
    /// Plans issued in the year within 20 weeks of the request, exceptions left out.
    public private(set) var withinTwentyWeeks: Rate
    /// Refusals and requests by age (2 and under … 20 and over), for the refusal curve.
    public private(set) var refusalsByAge: [(refused: Int, requests: Int)]
    /// The published refusal rate by age band.
    public let refusalTargetByAge: [Double]

    private let calendar: SchoolCalendar
    private static let settingGroups = SettingKind.Group.allCases
    private static let needOrder = NeedModel.publishedNeeds

    /// Empty statistics for a cohort generated with `calibration` and `options`.
    public init(calibration c: Calibration, options: SynthOptions) {
        let p = c.parameters
        calendar = SchoolCalendar(year: options.year, referenceDate: options.effectiveReferenceDate)
        situations = Distribution(title: "Why people are in the return", keys: Situation.allCases.map(\.rawValue),
                                  weights: Situation.allCases.map { c.situations.table.probability(of: $0) })
        age = Distribution(title: "Caseload by age at 31 August", keys: (0...25).map(String.init),
                           weights: c.caseloadAgeWeights, limit: 0.02)
        sex = Distribution(title: "Caseload by sex", keys: c.sexes.map(\.code),
                           weights: c.sexes.map { c.caseloadSex.probability(of: $0) }, limit: 0.02)
        let needs = CohortStatistics.needOrder
        need = Distribution(title: "Caseload by primary need", keys: needs.map(\.code),
                            weights: needs.map { p.primaryNeed[$0.code] ?? 0 }, limit: 0.02)
        let groups = CohortStatistics.settingGroups
        setting = Distribution(title: "Caseload by setting", keys: groups.map(\.rawValue),
                               weights: groups.map { g in SettingKind.allCases.filter { $0.group == g }.reduce(0) { $0 + (c.settings.targetShares[$1] ?? 0) } },
                               limit: 0.02)
        settingDetail = Distribution(title: "Caseload by setting, row by row", keys: SettingKind.allCases.map(\.rawValue),
                                     weights: SettingKind.allCases.map { c.settings.targetShares[$0] ?? 0 })
        let ethnic = Ethnicity.allCases.filter { (c.ethnicityTargets[$0] ?? 0) > 0 }
        ethnicity = Distribution(title: "Caseload by ethnicity", keys: ethnic.map(\.code), weights: ethnic.map { c.ethnicityTargets[$0] ?? 0 })
        yearsInPlace = Distribution(title: "Caseload by years the plan has been in place (12 = 12 or more)",
                                    keys: (0...12).map(String.init), weights: (0...12).map { p.yearsInPlace[String($0)] ?? 0 })
        let outcomes = RequestOutcomeKey.allCases
        requestOutcomes = Distribution(title: "Requests received in the year by outcome", keys: outcomes.map(\.rawValue),
                                       weights: outcomes.map { p.requestOutcomes[$0.rawValue] ?? 0 })
        newPlanAge = Distribution(title: "New plans issued in the year by age (2 = 2 and under, 20 = 20 and over)",
                                  keys: (2...20).map(String.init), weights: (2...20).map { p.newPlansByStartAge[String($0)] ?? 0 })
        let reasons = CeaseReason.allCases
        ceaseReasons = Distribution(title: "Plans ceased in the year by reason", keys: reasons.map(\.code),
                                    weights: reasons.map { p.ceaseReasons[$0.code] ?? 0 })
        let outcomeTotal = p.requestOutcomes.values.reduce(0, +)
        refusal = Rate(title: "Refusal rate (requests received in the year)", numerator: 0, denominator: 0,
                       target: outcomeTotal > 0 ? (p.requestOutcomes["N"] ?? 0) / outcomeTotal : 0, limitPoints: 2)
        withinTwentyWeeks = Rate(title: "Plans issued within 20 weeks (exceptions left out)", numerator: 0, denominator: 0,
                                 target: c.timing.withinTwentyWeeks, limitPoints: 2)
        refusalsByAge = Array(repeating: (0, 0), count: 19)
        refusalTargetByAge = (2...20).map { p.refusalRateByAge[String($0)] ?? 0 }
    }

    /// Counts one person.
    public mutating func add(_ person: Person, situation: Situation) {
        situations.count(Situation.allCases.firstIndex(of: situation) ?? -1)
        let personAge = person.birthDate.value.map(calendar.age(bornOn:))
        for request in person.requests {
            countRequest(request, age: personAge)
            if let plan = request.assessment?.namedPlan, let reason = plan.ceaseReason.value {
                ceaseReasons.count(CeaseReason.allCases.firstIndex(of: reason) ?? -1)
            }
            guard let active = request.activePlans else { continue }
            countCaseload(person, active: active, plan: request.assessment?.namedPlan, age: personAge)
        }
    }

    private mutating func countRequest(_ request: Request, age: Int?) {
        let period = calendar.periodStart...calendar.periodEnd
        if let received = request.receivedDate.value, period.contains(received), let outcome = request.outcome.value, outcome != .historical {
            requestOutcomes.count(RequestOutcomeKey.allCases.firstIndex { $0.rawValue == outcome.code } ?? -1)
            refusal.denominator += 1
            let band = min(max(age ?? 0, 2), 20) - 2
            refusalsByAge[band].requests += 1
            if outcome == .notAssess {
                refusal.numerator += 1
                refusalsByAge[band].refused += 1
            }
        }
        guard let assessment = request.assessment, assessment.outcome.value == .issue,
              let issued = assessment.outcomeDate.value, period.contains(issued) else { return }
        if let age { newPlanAge.count(min(max(age, 2), 20) - 2) }
        if assessment.week20Exception.value == .no, let received = request.receivedDate.value {
            withinTwentyWeeks.denominator += 1
            if received.days(to: issued) <= TimingModel.twentyWeeks { withinTwentyWeeks.numerator += 1 }
        }
    }

    private mutating func countCaseload(_ person: Person, active: ActivePlans, plan: NamedPlan?, age: Int?) {
        if let age { self.age.count(age) }
        if let s = person.sex.value { sex.count(sex.categories.firstIndex(of: s.code) ?? -1) }
        if let primary = active.needs.first(where: { $0.rank.value == .primary })?.type.value {
            let folded = primary == .downSyndrome ? SENType.other : primary
            need.count(CohortStatistics.needOrder.firstIndex(of: folded) ?? -1)
        }
        if let placement = active.placements.first(where: { $0.rank.value == .primary && $0.leavingDate.isAbsent }),
           let kind = CohortStatistics.kind(of: placement) {
            setting.count(CohortStatistics.settingGroups.firstIndex(of: kind.group) ?? -1)
            settingDetail.count(SettingKind.allCases.firstIndex(of: kind) ?? -1)
        }
        if let e = person.ethnicity.value { ethnicity.count(ethnicity.categories.firstIndex(of: e.mainCode.code) ?? -1) }
        if let start = plan?.startDate.value { yearsInPlace.count(min(12, max(0, start.days(to: calendar.referenceDate)) / 365)) }
    }

    /// The kind of setting a placement record names: a shipped setting by URN or UKPRN
    /// (refined by the unit and resourced-provision flags), or a setting code.
    static func kind(of placement: PlacementDetail) -> SettingKind? {
        if let code = placement.setting.value {
            switch code {
            case .neet: return .neet
            case .otherLA: return .otherArrangementsByLA
            case .otherParent: return .otherArrangementsByParents
            case .electiveHomeEducation: return .electiveHomeEducation
            case .earlyYears: return .earlyYears
            case .otherTypeSpecified: return .otherPlacementSettings
            case .noticeToCease: return .noticeToCease
            case .notInEducationOther: return .notInEducationOther
            }
        }
        guard let id = placement.urn.value?.text ?? placement.ukprn.value?.text, let base = SettingCatalogue.kindByIdentifier[id] else { return nil }
        let unit = placement.senUnit.value == .yes
        let resourced = placement.resourcedProvision.value == .yes
        switch base {
        case .mainstreamLAMaintained: return unit ? .mainstreamLAMaintainedUnit : resourced ? .mainstreamLAMaintainedResourced : base
        case .mainstreamAcademy: return unit ? .mainstreamAcademyUnit : resourced ? .mainstreamAcademyResourced : base
        case .mainstreamFreeSchool: return unit ? .mainstreamFreeSchoolUnit : resourced ? .mainstreamFreeSchoolResourced : base
        default: return base
        }
    }
}
