/// Why an EHC plan ceased (item 4.6, element `CeaseReason`). Wording changed in 2024 and 2025.
public enum CeaseReason: String, SEN2Code {
    /// Reached the maximum age.
    case maximumAge = "1"
    /// Needs met without an EHC plan.
    case needsMetWithoutPlan = "2"
    /// Moved on to higher education.
    case higherEducation = "3"
    /// Moved on to paid employment, excluding apprenticeships.
    case paidEmployment = "4"
    /// Transferred to another local authority.
    case transferred = "5"
    /// Young person no longer wishes to engage in education or training.
    case disengaged = "6"
    /// Moved outside England.
    case movedOutsideEngland = "7"
    /// Deceased.
    case deceased = "8"
    /// Other.
    case other = "9"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.ceaseReason
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<CeaseReason>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .maximumAge:
            return year >= 2024
                ? "Reached maximum age (end of the academic year in which the young person turned 25, or turns 19 if entering the adult estate)"
                : "Reached maximum age (end of the academic year in which the young person turned 25)"
        case .needsMetWithoutPlan:
            return year >= 2024
                ? "Ongoing educational or training needs being met without an EHC plan (only where there is ongoing education or training)"
                : "Ongoing educational or training needs being met without an EHC plan"
        case .higherEducation: return "Moved on to higher education"
        case .paidEmployment: return "Moved on to paid employment, excluding apprenticeships"
        case .transferred: return year >= 2025 ? "Transferred to another local authority in England" : "Transferred to another local authority"
        case .disengaged: return "Young person no longer wishes to engage in education or training"
        case .movedOutsideEngland: return year >= 2024 ? "Person has moved outside England" : "Child or young person has moved outside England"
        case .deceased: return year >= 2024 ? "Person deceased" : "Child or young person deceased"
        case .other: return "Other"
        }
    }
}
