/// The LA's decision on a request for an EHC needs assessment (element `RequestOutcome`).
public enum RequestOutcome: String, SEN2Code {
    /// The LA proceeded with an assessment.
    case assess = "Y"
    /// The LA decided not to assess.
    case notAssess = "N"
    /// Decision yet to be made.
    case awaiting = "A"
    /// Request withdrawn or ceased before the decision.
    case withdrawn = "W"
    /// Decision to assess made before the collection period.
    case historical = "H"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.requestOutcome
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<RequestOutcome>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .assess: return "LA proceeded with an assessment"
        case .notAssess: return "LA decided not to proceed with an assessment"
        case .awaiting: return "Decision yet to be made"
        case .withdrawn: return "Request withdrawn or ceased before decision to assess was made"
        case .historical: return "Historical – decision to assess was made before the latest collection period"
        }
    }
}
