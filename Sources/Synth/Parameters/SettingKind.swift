import SEN2Schema

/// The kinds of setting the national statistics count plans in (§1.6 of `sen2-stats.md`),
/// each with the way the return identifies it: a URN, a UKPRN or a SEN setting code.
public enum SettingKind: String, CaseIterable, Sendable, Hashable, Codable {
    case mainstreamLAMaintained, mainstreamLAMaintainedResourced, mainstreamLAMaintainedUnit
    case mainstreamAcademy, mainstreamAcademyResourced, mainstreamAcademyUnit
    case mainstreamFreeSchool, mainstreamFreeSchoolResourced, mainstreamFreeSchoolUnit
    case mainstreamIndependent
    case specialLAMaintained, specialAcademy, specialIndependent, specialNonMaintained
    case alternativeProvision
    case furtherEducationCollege, specialistPost16, ukrlpProvider
    case neet, otherArrangementsByLA, electiveHomeEducation, notInEducationOther, notInEducationCompulsoryAge
    case noticeToCease, otherPlacementSettings, otherArrangementsByParents, welshEstablishment, otherSchools, onlineProvider
    case earlyYears

    /// The groups the statistics total settings by, which the report compares.
    public enum Group: String, CaseIterable, Sendable, Hashable {
        case mainstream = "Mainstream"
        case special = "Special"
        case alternativeProvision = "AP / PRU"
        case furtherEducation = "FE"
        case educatedElsewhere = "Educated elsewhere"
        case earlyYears = "Non-maintained early years"
    }

    /// How the return names a setting of this kind.
    public enum Identification: Sendable, Hashable {
        /// By the establishment's URN.
        case urn
        /// By the provider's UKPRN.
        case ukprn
        /// By a SEN setting code, with free text for the "other" codes.
        case code(SENSetting)
    }

    /// The statistics' group.
    public var group: Group {
        switch self {
        case .mainstreamLAMaintained, .mainstreamLAMaintainedResourced, .mainstreamLAMaintainedUnit,
             .mainstreamAcademy, .mainstreamAcademyResourced, .mainstreamAcademyUnit,
             .mainstreamFreeSchool, .mainstreamFreeSchoolResourced, .mainstreamFreeSchoolUnit, .mainstreamIndependent:
            return .mainstream
        case .specialLAMaintained, .specialAcademy, .specialIndependent, .specialNonMaintained: return .special
        case .alternativeProvision: return .alternativeProvision
        case .furtherEducationCollege, .specialistPost16, .ukrlpProvider: return .furtherEducation
        case .earlyYears: return .earlyYears
        default: return .educatedElsewhere
        }
    }

    /// How the return identifies the setting.
    public var identification: Identification {
        switch self {
        case .furtherEducationCollege, .specialistPost16, .ukrlpProvider, .onlineProvider: return .ukprn
        case .neet: return .code(.neet)
        case .otherArrangementsByLA: return .code(.otherLA)
        case .electiveHomeEducation: return .code(.electiveHomeEducation)
        case .notInEducationOther, .notInEducationCompulsoryAge: return .code(.notInEducationOther)
        case .noticeToCease: return .code(.noticeToCease)
        case .otherPlacementSettings: return .code(.otherTypeSpecified)
        case .otherArrangementsByParents: return .code(.otherParent)
        case .earlyYears: return .code(.earlyYears)
        default: return .urn
        }
    }

    /// True for a resourced provision within a mainstream school.
    public var isResourcedProvision: Bool {
        self == .mainstreamLAMaintainedResourced || self == .mainstreamAcademyResourced || self == .mainstreamFreeSchoolResourced
    }

    /// True for a SEN unit within a mainstream school.
    public var isSENUnit: Bool {
        self == .mainstreamLAMaintainedUnit || self == .mainstreamAcademyUnit || self == .mainstreamFreeSchoolUnit
    }

    /// True for special schools, whose placements may be residential.
    public var isSpecialSchool: Bool { group == .special }
}
