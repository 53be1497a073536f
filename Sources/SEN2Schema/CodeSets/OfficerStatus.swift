/// Whether a designated officer is in post on census day (header elements `DMO`, `DCO`, `DSCO`).
public enum OfficerStatus: String, SEN2Code {
    /// In post.
    case yes = "Y"
    /// Not in post.
    case no = "N"
    /// Recruitment in progress.
    case recruiting = "R"

    public static let codeSet = CodeSetID.officerStatus
    public static let lookup = CodeLookup<OfficerStatus>()

    public func label(in year: Int) -> String {
        switch self {
        case .yes: return "Yes"
        case .no: return "No"
        case .recruiting: return "Recruitment in progress"
        }
    }
}
