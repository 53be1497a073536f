/// Sex (item 1.4, element `Sex`, from the 2024 collection on).
public enum Sex: String, SEN2Code {
    /// Male.
    case male = "M"
    /// Female.
    case female = "F"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.sex
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<Sex>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .male: return "Male"
        case .female: return "Female"
        }
    }
}
