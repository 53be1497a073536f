/// Readable names for the keys of the breakdowns: codes keep their code and gain a short label
/// (the code lists' own wording is long; the definitions give the full meaning).
public enum CategoryLabel {
    /// The label of `key` in `dimension`, with collection year `year`'s wording.
    public static func label(_ key: String, in dimension: CaseloadDimension, year: Int) -> String {
        switch dimension {
        case .sex: return Sex(rawValue: key).map { $0.label(in: year) } ?? key
        case .primaryNeed: return SENType(rawValue: key).map { $0.code + " – " + $0.label(in: year) } ?? key
        case .placement: return SENSetting(rawValue: key).map { $0.code + " – " + shortLabel($0) } ?? key
        case .ageBand, .placementGroup, .ethnicGroup: return key
        }
    }

    /// The label of a cease reason key.
    public static func ceaseReason(_ key: String, year: Int) -> String {
        CeaseReason(rawValue: key).map { $0.code + " – " + shortLabel($0) } ?? key
    }

    static func shortLabel(_ setting: SENSetting) -> String {
        switch setting {
        case .otherLA: return "Other arrangements by the LA (EOTAS)"
        case .otherParent: return "Other arrangements by parents"
        case .electiveHomeEducation: return "Elective home education"
        case .earlyYears: return "Early years provider, no URN"
        case .otherTypeSpecified: return "Type of setting named, no setting"
        case .neet: return "NEET (aged 16–25)"
        case .noticeToCease: return "Not in education: notice to cease"
        case .notInEducationOther: return "Not in education: other"
        }
    }

    static func shortLabel(_ reason: CeaseReason) -> String {
        switch reason {
        case .maximumAge: return "Reached maximum age"
        case .needsMetWithoutPlan: return "Needs met without a plan"
        case .higherEducation: return "Higher education"
        case .paidEmployment: return "Paid employment"
        case .transferred: return "Transferred to another LA"
        case .disengaged: return "No longer wishes to engage"
        case .movedOutsideEngland: return "Moved outside England"
        case .deceased: return "Deceased"
        case .other: return "Other"
        }
    }
}

/// Counts in messages: "1 UPN", "2 UPNs".
enum Plural {
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        NumberText.grouped(n) + " " + (n == 1 ? singular : plural ?? singular + "s")
    }
}
