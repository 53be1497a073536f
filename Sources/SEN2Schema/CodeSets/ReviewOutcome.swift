/// The decision after an annual review (element `ReviewOutcome`, from 2024).
public enum ReviewOutcome: String, SEN2Code {
    /// Maintain the plan.
    case maintain = "M"
    /// Cease the plan.
    case cease = "C"
    /// Amend the plan.
    case amend = "A"

    public static let codeSet = CodeSetID.reviewOutcome
    public static let lookup = CodeLookup<ReviewOutcome>()

    public var firstYear: Int { 2024 }

    public func label(in year: Int) -> String {
        switch self {
        case .maintain: return "Maintain the EHC plan"
        case .cease: return "Cease the EHC plan"
        case .amend: return "Amend the EHC plan"
        }
    }
}
