/// Every validation rule, versioned, so that an audit trail can say exactly which rules a
/// return was checked against.
///
/// The version changes whenever a rule is added, removed, or changes its id, severity, years
/// or items; a test pins the catalogue's fingerprint to its version so the two cannot drift.
public struct RuleCatalogue: Sendable {
    /// The catalogue's version.
    public static let version = "1.1"

    /// The rules, logic rules by module first, then the checks generated for every item.
    public let rules: [Rule]

    private let byID: [String: Int]

    /// A catalogue of `rules`.
    init(rules: [Rule]) {
        self.rules = rules
        byID = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The standard catalogue.
    public static let standard = RuleCatalogue(rules:
        HeaderRules.all + IdentifierRules.all + PersonRules.all + DuplicateRules.all + RequestRules.all + AssessmentRules.all
        + TimelinessRules.all + NamedPlanRules.all + SettingRules.all + ActivePlanRules.all + PlacementRules.all + NeedRules.all
        + LinkRules.all + ItemRules.all)

    /// The rule with `id`.
    public func rule(id: String) -> Rule? { byID[id].map { rules[$0] } }

    /// The rules that apply in `year`, or every rule when `year` is nil.
    public func rules(in year: CollectionYear?) -> [Rule] {
        guard let year else { return rules }
        return rules.filter { $0.applies(in: year) }
    }
}
