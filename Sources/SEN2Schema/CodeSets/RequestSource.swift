/// Who asked for the EHC needs assessment (element `RequestSource`, from 2025).
public enum RequestSource: String, SEN2Code {
    /// The young person or a parent.
    case youngPersonOrParent = "1"
    /// A school or other education setting.
    case educationSetting = "2"
    /// Health care professionals.
    case health = "3"
    /// Social care professionals.
    case socialCare = "4"
    /// Another source (the LA is prompted in COLLECT when many are recorded).
    case other = "5"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.requestSource
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<RequestSource>()

    /// The first collection year whose code list has this code.
    public var firstYear: Int { 2025 }

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .youngPersonOrParent: return "Young person or parent"
        case .educationSetting: return "School or other education setting"
        case .health: return "Health care professionals"
        case .socialCare: return "Social care professionals"
        case .other: return "Other"
        }
    }
}
