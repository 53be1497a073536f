/// Whether a designated officer is in post on census day (header elements `DMO`, `DCO`, `DSCO`).
public enum OfficerStatus: String, SEN2Code {
    /// In post.
    case yes = "Y"
    /// Not in post.
    case no = "N"
    /// Recruitment in progress.
    case recruiting = "R"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.officerStatus
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<OfficerStatus>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .yes: return "Yes"
        case .no: return "No"
        case .recruiting: return "Recruitment in progress"
        }
    }
}
