/// Sex (item 1.4, element `Sex`, from the 2024 collection on).
public enum Sex: String, SEN2Code {
    /// Male.
    case male = "M"
    /// Female.
    case female = "F"

    public static let codeSet = CodeSetID.sex
    public static let lookup = CodeLookup<Sex>()

    public func label(in year: Int) -> String {
        switch self {
        case .male: return "Male"
        case .female: return "Female"
        }
    }
}
