/// Checks a return against every rule of the catalogue that applies in its year.
///
/// The validator streams: give it the header, then each person in turn, then call
/// ``finish()``. Rules that compare persons (duplicate UPNs, ULNs, names with birth dates)
/// keep one small entry per person, never the persons themselves.
///
/// ```swift
/// var validator = Validator(context: ValidationContext(year: .y2026), sources: ret.sources)
/// validator.check(header: ret.header)
/// for (i, person) in ret.persons.enumerated() { validator.check(person, index: i) }
/// let findings = validator.finish()
/// ```
public struct Validator: Sendable {
    /// The year, reference date and code lists being checked against.
    public var context: ValidationContext { run.context }
    private var run: RuleRun
    private let items: ItemCheckPlan
    private let checks: LevelChecks
    private var duplicates: DuplicateTracker

    /// A validator for returns whose records came from `sources`.
    ///
    /// - Parameter expectedPersons: roughly how many persons will be checked, so that the
    ///   duplicate checks size their tables once.
    public init(context: ValidationContext, sources: [SourceTable], catalogue: RuleCatalogue = .standard, expectedPersons: Int = 0) {
        run = RuleRun(context: context, sources: sources)
        items = ItemCheckPlan(context: context)
        let rules = catalogue.rules.filter { $0.applies(in: context.year) }
        checks = LevelChecks(rules)
        duplicates = DuplicateTracker(rules: rules, persons: expectedPersons)
    }

    /// Checks a whole return.
    public static func validate(_ ret: SEN2Return, context: ValidationContext, catalogue: RuleCatalogue = .standard) -> [Finding] {
        var validator = Validator(context: context, sources: ret.sources, catalogue: catalogue, expectedPersons: ret.persons.count)
        validator.check(header: ret.header)
        for (i, person) in ret.persons.enumerated() { validator.check(person, index: i) }
        return validator.finish()
    }

    /// Checks the header.
    public mutating func check(header: Header) {
        run.person = Person()
        items.check(header, module: .collectionDetails, person: nil, run: &run)
        items.check(header, module: .source, person: nil, run: &run)
        for (rule, check) in checks.header {
            run.rule = rule
            check(header, &run)
        }
        run.rule = nil
    }

    /// Checks one person and everything under them; `index` is their 0-based position.
    public mutating func check(_ person: Person, index: Int) {
        run.person = person
        run.personIndex = index
        let label = run.personLabel
        items.check(person, module: .person, person: label, run: &run)
        for (rule, check) in checks.person {
            run.rule = rule
            check(person, &run)
        }
        for r in person.requests.indices {
            run.requestIndex = r
            check(person.requests[r], person: label)
        }
        run.rule = nil
        duplicates.observe(person, index: index, label: label, run: &run)
    }

    /// Finishes the run and returns every finding, in the order the records were checked.
    public mutating func finish() -> [Finding] {
        let findings = run.findings
        run.findings = []
        return findings
    }

    private mutating func check(_ request: Request, person label: String) {
        items.check(request, module: .requests, person: label, run: &run)
        for (rule, check) in checks.request {
            run.rule = rule
            check(request, &run)
        }
        if let assessment = request.assessment {
            items.check(assessment, module: .assessment, person: label, run: &run)
            for (rule, check) in checks.assessment {
                run.rule = rule
                check(assessment, request, &run)
            }
            if let plan = assessment.namedPlan {
                items.check(plan, module: .namedPlan, person: label, run: &run)
                for (rule, check) in checks.namedPlan {
                    run.rule = rule
                    check(plan, assessment, request, &run)
                }
                for (d, detail) in plan.details.enumerated() {
                    run.detailIndex = d
                    items.check(detail, module: .planDetail, index: d, person: label, run: &run)
                    checkSetting(SettingView(detail, index: d))
                }
            }
        }
        if let active = request.activePlans {
            items.check(active, module: .activePlans, person: label, run: &run)
            for (rule, check) in checks.activePlans {
                run.rule = rule
                check(active, request, &run)
            }
            for (k, placement) in active.placements.enumerated() {
                run.placementIndex = k
                items.check(placement, module: .placementDetail, index: k, person: label, run: &run)
                checkSetting(SettingView(placement, index: k))
                for (rule, check) in checks.placement {
                    run.rule = rule
                    check(placement, active, &run)
                }
            }
            for (n, need) in active.needs.enumerated() {
                run.needIndex = n
                items.check(need, module: .senNeed, index: n, person: label, run: &run)
            }
        }
    }

    private mutating func checkSetting(_ view: SettingView) {
        for (rule, check) in checks.setting {
            run.rule = rule
            check(view, &run)
        }
    }
}

/// The catalogue's checks sorted by the level of the return they look at.
///
/// Each entry keeps only the rule's tag, so running a check copies an id, not a declaration.
private struct LevelChecks: Sendable {
    var header: [(RuleTag, @Sendable (Header, inout RuleRun) -> Void)] = []
    var person: [(RuleTag, @Sendable (Person, inout RuleRun) -> Void)] = []
    var request: [(RuleTag, @Sendable (Request, inout RuleRun) -> Void)] = []
    var assessment: [(RuleTag, @Sendable (Assessment, Request, inout RuleRun) -> Void)] = []
    var namedPlan: [(RuleTag, @Sendable (NamedPlan, Assessment, Request, inout RuleRun) -> Void)] = []
    var setting: [(RuleTag, @Sendable (SettingView, inout RuleRun) -> Void)] = []
    var activePlans: [(RuleTag, @Sendable (ActivePlans, Request, inout RuleRun) -> Void)] = []
    var placement: [(RuleTag, @Sendable (PlacementDetail, ActivePlans, inout RuleRun) -> Void)] = []

    init(_ rules: [Rule]) {
        for rule in rules {
            switch rule.check {
            case .header(let c): header.append((RuleTag(rule), c))
            case .person(let c): person.append((RuleTag(rule), c))
            case .request(let c): request.append((RuleTag(rule), c))
            case .assessment(let c): assessment.append((RuleTag(rule), c))
            case .namedPlan(let c): namedPlan.append((RuleTag(rule), c))
            case .setting(let c): setting.append((RuleTag(rule), c))
            case .activePlans(let c): activePlans.append((RuleTag(rule), c))
            case .placement(let c): placement.append((RuleTag(rule), c))
            case .item, .acrossPersons, .linking: continue
            }
        }
    }
}
