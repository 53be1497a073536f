/// Residential settings (elements `PlanRes` and `Res`); blank means not residential.
public enum ResidentialSetting: String, SEN2Code {
    /// 38 to 51 weeks a year.
    case weeks38to51 = "A"
    /// 52 weeks a year.
    case weeks52 = "B"

    public static let codeSet = CodeSetID.residential
    public static let lookup = CodeLookup<ResidentialSetting>()

    public func label(in year: Int) -> String {
        switch self {
        case .weeks38to51: return "38 to 51 weeks"
        case .weeks52: return "52 weeks"
        }
    }
}
