import SEN2Schema

/// The kinds of realistic mistake `--errors` plants: the slips people make keying or
/// extracting a SEN2 return.
public enum MistakeKind: String, CaseIterable, Sendable, Hashable {
    /// A UPN whose check letter does not match its digits (a mistyped digit or letter).
    case wrongUPNCheckLetter = "wrong-upn-check-letter"
    /// A UPN whose characters 2–4 are not an LA code.
    case unknownUPNLACode = "unknown-upn-la-code"
    /// A ULN whose check digit does not match.
    case wrongULNCheckDigit = "wrong-uln-check-digit"
    /// A UPN given together with a reason for having none.
    case upnWithUnknownReason = "upn-with-unknown-reason"
    /// A birth date typed as a day that does not exist, such as 31/02.
    case impossibleDate = "impossible-date"
    /// A birth date that makes the person older than 25.
    case ageOutOfRange = "age-out-of-range"
    /// A required item left blank (ethnicity).
    case missingRequiredItem = "missing-required-item"
    /// A request outcome date before the request was received.
    case outcomeBeforeRequest = "outcome-before-request"
    /// Two dates out of order: a placement left before it began, a review decided before its
    /// meeting, or a plan ceased before it started.
    case datesOutOfOrder = "dates-out-of-order"
    /// A date after the reference date (a mistyped year).
    case futureDate = "future-date"
    /// A code from another year's list: DS in 2024, or the 2023 gender codes for sex.
    case codeFromAnotherYear = "code-from-another-year"
    /// An active plan with no placement.
    case missingPlacement = "missing-placement"
    /// A ceased plan with a cease date but no reason.
    case ceasedWithoutReason = "ceased-without-reason"
    /// A secondary need recorded without a primary need.
    case secondaryNeedWithoutPrimary = "secondary-need-without-primary"
    /// A placement with both a URN and a SEN setting code.
    case twoSettingIdentifiers = "two-setting-identifiers"
    /// A plan naming a setting only placements may have (NEET).
    case placementOnlySettingInPlan = "placement-only-setting-in-plan"
    /// The same child entered twice.
    case duplicatedPerson = "duplicated-person"

    /// What the mistake is, in words, for the answer key.
    public var summary: String {
        switch self {
        case .wrongUPNCheckLetter: return "UPN check letter does not match"
        case .unknownUPNLACode: return "UPN characters 2-4 are not an LA code"
        case .wrongULNCheckDigit: return "ULN check digit does not match"
        case .upnWithUnknownReason: return "UPN given with a reason for having none"
        case .impossibleDate: return "date that does not exist"
        case .ageOutOfRange: return "birth date makes the person older than 25"
        case .missingRequiredItem: return "required item left blank"
        case .outcomeBeforeRequest: return "request outcome dated before the request"
        case .datesOutOfOrder: return "dates out of order"
        case .futureDate: return "date after the reference date"
        case .codeFromAnotherYear: return "code from another year's list"
        case .missingPlacement: return "active plan with no placement"
        case .ceasedWithoutReason: return "plan ceased without a reason"
        case .secondaryNeedWithoutPrimary: return "secondary need without a primary need"
        case .twoSettingIdentifiers: return "placement with both a URN and a SEN setting"
        case .placementOnlySettingInPlan: return "plan names a placement-only setting (NEET)"
        case .duplicatedPerson: return "the same person entered twice"
        }
    }
}
