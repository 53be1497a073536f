/// A published figure's definition in words, printed beside the figure so that a reader can
/// check what was counted. Each definition sits next to the one function that implements it.
public struct FigureDefinition: Hashable, Sendable {
    /// A short stable name (`caseload`, `within_20_weeks_pct` …).
    public var id: String
    /// The figure's title.
    public var title: String
    /// What is counted, in plain words.
    public var text: String

    /// Creates a definition.
    public init(id: String, title: String, text: String) {
        self.id = id
        self.title = title
        self.text = text
    }

    /// Every figure's definition, in the order the summary prints them.
    public static let all: [FigureDefinition] = [
        CaseloadRule.definition, AgeBand.definition, CaseloadRule.sexDefinition, PrimaryNeed.definition,
        PlacementClass.definition, CaseloadRule.ethnicGroupDefinition,
        ActivityRules.requestsDefinition, ActivityRules.refusedDefinition, ActivityRules.assessmentsDefinition,
        ActivityRules.newPlansDefinition, ActivityRules.within20WeeksDefinition,
        ActivityRules.within20WeeksExclDefinition, ActivityRules.ceasedDefinition,
        ActivityRules.transfersInDefinition, ActivityRules.transfersOutDefinition,
    ]
}
