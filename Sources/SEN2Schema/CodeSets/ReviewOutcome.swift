/// The decision after an annual review (element `ReviewOutcome`, from 2024).
public enum ReviewOutcome: String, SEN2Code {
    /// Maintain the plan.
    case maintain = "M"
    /// Cease the plan.
    case cease = "C"
    /// Amend the plan.
    case amend = "A"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.reviewOutcome
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<ReviewOutcome>()

    /// The first collection year whose code list has this code.
    public var firstYear: Int { 2024 }

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .maintain: return "Maintain the EHC plan"
        case .cease: return "Cease the EHC plan"
        case .amend: return "Amend the EHC plan"
        }
    }
}
