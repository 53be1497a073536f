/// The primary need of a plan: its rank-1 SEN need.
public enum PrimaryNeed {
    /// The key used when the plan has no readable rank-1 need.
    public static let notRecorded = "not recorded"

    /// The primary need's definition.
    public static let definition = FigureDefinition(
        id: "primary_need", title: "Primary need",
        text: "The SEN type of the rank-1 need recorded on the plan's active-plan record; 'not recorded' when there "
            + "is no rank-1 need with a readable type.")

    /// The code of the rank-1 need, or ``notRecorded``.
    public static func key(of activePlans: ActivePlans?) -> String {
        guard let needs = activePlans?.needs else { return notRecorded }
        for need in needs where need.rank.value == .primary {
            if let type = need.type.value { return type.code }
        }
        return notRecorded
    }

    /// The keys in the order the summary lists them: the year's SEN types, then ``notRecorded``.
    public static func keys(in year: Int) -> [String] {
        SENType.allCases.filter { $0.isValid(in: year) }.map(\.code) + [notRecorded]
    }
}
