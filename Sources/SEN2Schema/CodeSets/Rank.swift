/// Primary or secondary (elements `PlacementRank` and `SENtypeRank`).
public enum Rank: String, SEN2Code {
    /// The primary (or only) placement or need.
    case primary = "1"
    /// The secondary placement or need.
    case secondary = "2"

    public static let codeSet = CodeSetID.rank
    public static let lookup = CodeLookup<Rank>()

    public func label(in year: Int) -> String {
        switch self {
        case .primary: return "Primary"
        case .secondary: return "Secondary"
        }
    }
}
