/// What a personal budget's direct payments cover (item 4.4c, element `DP`).
public enum DirectPayment: String, SEN2Code {
    /// Education only.
    case education = "E"
    /// Social care only.
    case socialCare = "S"
    /// Health only.
    case health = "H"
    /// An integrated payment for a combination.
    case integrated = "I"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.directPayment
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<DirectPayment>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .education: return "Education only"
        case .socialCare: return "Social care only"
        case .health: return "Health only"
        case .integrated: return "Integrated payment for a combination"
        }
    }
}
