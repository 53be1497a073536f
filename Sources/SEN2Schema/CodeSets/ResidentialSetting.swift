/// Residential settings (elements `PlanRes` and `Res`); blank means not residential.
public enum ResidentialSetting: String, SEN2Code {
    /// 38 to 51 weeks a year.
    case weeks38to51 = "A"
    /// 52 weeks a year.
    case weeks52 = "B"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.residential
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<ResidentialSetting>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .weeks38to51: return "38 to 51 weeks"
        case .weeks52: return "52 weeks"
        }
    }
}
