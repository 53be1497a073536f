/// Work-based learning activity (elements `PlanWBP` and `WBP`).
public enum WorkBasedLearning: String, SEN2Code {
    /// Apprenticeship.
    case apprenticeship = "A"
    /// Traineeship.
    case traineeship = "T"
    /// Supported internship.
    case supportedInternship = "S"

    public static let codeSet = CodeSetID.workBasedLearning
    public static let lookup = CodeLookup<WorkBasedLearning>()

    public func label(in year: Int) -> String {
        switch self {
        case .apprenticeship: return "Apprenticeships"
        case .traineeship: return "Traineeships"
        case .supportedInternship: return "Supported internships"
        }
    }
}
