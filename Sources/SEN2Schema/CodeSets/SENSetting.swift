/// Establishment type when no URN or UKPRN identifies the setting (items 4.7c and 5.7c,
/// element `SENsetting`).
public enum SENSetting: String, SEN2Code {
    /// Other arrangements made by the LA (education otherwise than at school).
    case otherLA = "OLA"
    /// Other arrangements made by parents or the young person, excluding elective home education.
    case otherParent = "OPA"
    /// Elective home education.
    case electiveHomeEducation = "EHE"
    /// Early years provider with no URN.
    case earlyYears = "EYP"
    /// A type of setting is specified in the plan but no setting is named.
    case otherTypeSpecified = "OTH"
    /// Not in education, employment or training (aged 16–25).
    case neet = "NEET"
    /// Not in education or training: notice to cease issued.
    case noticeToCease = "NIEC"
    /// Not in education or training: other.
    case notInEducationOther = "NIEO"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.placementSetting
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<SENSetting>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .otherLA: return "Other – arrangements made by the local authority (education otherwise than at school)"
        case .otherParent: return "Other – arrangements made by parents or the young person (excluding elective home education)"
        case .electiveHomeEducation: return "Elective home education"
        case .earlyYears: return "Early years provider with no URN"
        case .otherTypeSpecified: return "Other – type of setting specified in the plan but no setting named"
        case .neet: return "Not in education, employment or training (aged 16–25)"
        case .noticeToCease: return "Not in education or training – notice to cease issued"
        case .notInEducationOther: return "Not in education or training – other"
        }
    }

    /// OTH is in the 2024 list onwards (the 2023 sources disagree about it).
    public var firstYear: Int { self == .otherTypeSpecified ? 2024 : 2023 }

    /// Whether an EHC plan (item 4.7c) can name this setting; the "not in education" codes
    /// describe placements only. See ``SEN2Decisions/placementOnlySettings``.
    public var canBeNamedInPlan: Bool { !SEN2Decisions.placementOnlySettings.contains(self) }
}
