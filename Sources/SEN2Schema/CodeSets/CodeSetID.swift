/// Names every code set of the return, so that a year declaration, the XSD generator and the
/// template's dropdowns can refer to a list without knowing its Swift type.
public enum CodeSetID: String, CaseIterable, Sendable, Hashable {
    /// Sex (item 1.4), ``Sex``.
    case sex
    /// Ethnicity (item 1.5), ``Ethnicity``.
    case ethnicity
    /// Reason no UPN or ULN is available (item 1.7c), ``UPNUnknownReason``.
    case upnUnknown
    /// Establishment type named in an EHC plan (item 4.7c): the settings a plan can name.
    case namedPlanSetting
    /// Establishment type of a placement (item 5.7c): every setting, including the "not in
    /// education" ones.
    case placementSetting
    /// Source of a request for assessment (2025+), ``RequestSource``.
    case requestSource
    /// Outcome of a request for assessment, ``RequestOutcome``.
    case requestOutcome
    /// Outcome of an assessment, ``AssessmentOutcome``.
    case assessmentOutcome
    /// Reason an EHC plan ceased, ``CeaseReason``.
    case ceaseReason
    /// Residential setting, ``ResidentialSetting``.
    case residential
    /// Work-based learning activity, ``WorkBasedLearning``.
    case workBasedLearning
    /// Personal budget direct payments, ``DirectPayment``.
    case directPayment
    /// Annual review decision, ``ReviewOutcome``.
    case reviewOutcome
    /// Type of special educational need, ``SENType``.
    case senType
    /// Whether a designated officer is in post, ``OfficerStatus``.
    case officerStatus
    /// Primary or secondary, ``Rank``.
    case rank
    /// Yes (1) or no (0), ``YesNo``.
    case yesNo

    /// The codes of this set valid in collection year `year`, in official order.
    public func entries(in year: Int) -> [CodeEntry] {
        switch self {
        case .sex: return Sex.entries(in: year)
        case .ethnicity: return Ethnicity.entries(in: year)
        case .upnUnknown: return UPNUnknownReason.entries(in: year)
        case .namedPlanSetting:
            return SENSetting.allCases.filter { $0.isValid(in: year) && $0.canBeNamedInPlan }
                .map { CodeEntry(code: $0.code, label: $0.label(in: year)) }
        case .placementSetting: return SENSetting.entries(in: year)
        case .requestSource: return RequestSource.entries(in: year)
        case .requestOutcome: return RequestOutcome.entries(in: year)
        case .assessmentOutcome: return AssessmentOutcome.entries(in: year)
        case .ceaseReason: return CeaseReason.entries(in: year)
        case .residential: return ResidentialSetting.entries(in: year)
        case .workBasedLearning: return WorkBasedLearning.entries(in: year)
        case .directPayment: return DirectPayment.entries(in: year)
        case .reviewOutcome: return ReviewOutcome.entries(in: year)
        case .senType: return SENType.entries(in: year)
        case .officerStatus: return OfficerStatus.entries(in: year)
        case .rank: return Rank.entries(in: year)
        case .yesNo: return YesNo.entries(in: year)
        }
    }
}
