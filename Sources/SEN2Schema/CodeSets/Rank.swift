/// Primary or secondary (elements `PlacementRank` and `SENtypeRank`).
public enum Rank: String, SEN2Code {
    /// The primary (or only) placement or need.
    case primary = "1"
    /// The secondary placement or need.
    case secondary = "2"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.rank
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<Rank>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .primary: return "Primary"
        case .secondary: return "Secondary"
        }
    }
}
