/// The decision whether to issue an EHC plan after assessment (element `AssessmentOutcome`).
public enum AssessmentOutcome: String, SEN2Code {
    /// It was decided a plan would be issued.
    case issue = "Y"
    /// It was decided a plan would not be issued.
    case notIssue = "N"
    /// Decision not yet made.
    case awaiting = "A"
    /// Withdrawn or ceased before the decision.
    case withdrawn = "W"
    /// Decision made before the collection period, or plan transferred in from another LA.
    case historical = "H"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.assessmentOutcome
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<AssessmentOutcome>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .issue: return "It was decided an EHC plan would be issued"
        case .notIssue: return "It was decided an EHC plan would not be issued"
        case .awaiting: return "Decision has not yet been made"
        case .withdrawn: return "Request withdrawn or ceased before decision whether to issue was made"
        case .historical:
            return year >= 2024
                ? "Historical – decision to issue was made before the latest collection period or plan has been transferred from another local authority"
                : "Historical – decision to issue was made before the latest collection period"
        }
    }
}
