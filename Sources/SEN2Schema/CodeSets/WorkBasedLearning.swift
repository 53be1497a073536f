/// Work-based learning activity (elements `PlanWBP` and `WBP`).
public enum WorkBasedLearning: String, SEN2Code {
    /// Apprenticeship.
    case apprenticeship = "A"
    /// Traineeship.
    case traineeship = "T"
    /// Supported internship.
    case supportedInternship = "S"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.workBasedLearning
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<WorkBasedLearning>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .apprenticeship: return "Apprenticeships"
        case .traineeship: return "Traineeships"
        case .supportedInternship: return "Supported internships"
        }
    }
}
