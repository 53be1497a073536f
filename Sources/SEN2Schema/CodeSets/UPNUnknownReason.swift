/// Why neither a UPN nor a ULN is given (item 1.7c, element `UPNunknown`).
///
/// UN4, UN6 and UN7 are not used in SEN2.
public enum UPNUnknownReason: String, SEN2Code {
    /// Child under 6 not yet assigned a UPN.
    case under6 = "UN1"
    /// Never attended a state-funded school in England.
    case neverInStateSchool = "UN2"
    /// Educated outside England.
    case educatedOutsideEngland = "UN3"
    /// Sources disagree on name or date of birth, preventing reliable matching.
    case matchingDiscrepancy = "UN5"
    /// New to the LA and the UPN or ULN not yet known.
    case newToLA = "UN8"
    /// Young person never in a state-funded school or FE setting in England.
    case neverInStateSchoolOrFE = "UN9"
    /// Request ended in no further action before a UPN or ULN was known.
    case noFurtherAction = "UN10"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.upnUnknown
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<UPNUnknownReason>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .under6: return "Child is aged under 6 years old and is not yet assigned a UPN"
        case .neverInStateSchool: return "Child has never attended a state-funded school in England and has not been assigned a UPN"
        case .educatedOutsideEngland: return "Child is educated outside of England and has not been assigned a UPN"
        case .matchingDiscrepancy: return "Sources collating UPNs show discrepancies in name, surname or date of birth that prevent reliable matching (e.g. duplicated UPN)"
        case .newToLA: return "Person is new to the LA (within one week of the end of the collection period only) and the UPN or ULN is not yet known"
        case .neverInStateSchoolOrFE: return "Young person has never attended a state-funded school or further education setting in England and has no UPN or ULN"
        case .noFurtherAction: return "Request for assessment resulted in no further action before UPN or ULN known"
        }
    }
}
