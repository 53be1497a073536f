import SEN2Schema

/// The kinds of setting the national statistics count plans in (§1.6 of `sen2-stats.md`),
/// each with the way the return identifies it: a URN, a UKPRN or a SEN setting code.
public enum SettingKind: String, CaseIterable, Sendable, Hashable, Codable {
    /// Mainstream school maintained by the LA (not in a resourced provision or SEN unit).
    case mainstreamLAMaintained
    /// Resourced provision in an LA-maintained mainstream school.
    case mainstreamLAMaintainedResourced
    /// SEN unit in an LA-maintained mainstream school.
    case mainstreamLAMaintainedUnit
    /// Mainstream academy.
    case mainstreamAcademy
    /// Resourced provision in a mainstream academy.
    case mainstreamAcademyResourced
    /// SEN unit in a mainstream academy.
    case mainstreamAcademyUnit
    /// Mainstream free school.
    case mainstreamFreeSchool
    /// Resourced provision in a mainstream free school.
    case mainstreamFreeSchoolResourced
    /// SEN unit in a mainstream free school.
    case mainstreamFreeSchoolUnit
    /// Independent mainstream school.
    case mainstreamIndependent
    /// Special school maintained by the LA.
    case specialLAMaintained
    /// Special academy or free school.
    case specialAcademy
    /// Independent special school.
    case specialIndependent
    /// Non-maintained special school.
    case specialNonMaintained
    /// Alternative provision or pupil referral unit.
    case alternativeProvision
    /// General further education or tertiary college.
    case furtherEducationCollege
    /// Specialist post-16 institution.
    case specialistPost16
    /// Other provider on the UK Register of Learning Providers (training, supported internships).
    case ukrlpProvider
    /// Not in education, employment or training (16 and over).
    case neet
    /// Education otherwise than at school, arranged by the LA.
    case otherArrangementsByLA
    /// Elective home education.
    case electiveHomeEducation
    /// Not in education: other (awaiting a placement, excluded, medical).
    case notInEducationOther
    /// Not in education and of compulsory school age.
    case notInEducationCompulsoryAge
    /// Not in education: notice to cease the plan issued.
    case noticeToCease
    /// Another placement setting: a type of setting named in the plan without a setting.
    case otherPlacementSettings
    /// Arrangements made by parents or the young person.
    case otherArrangementsByParents
    /// An establishment in Wales.
    case welshEstablishment
    /// Another school (hospital school, secure setting, university technical college).
    case otherSchools
    /// An online provider.
    case onlineProvider
    /// Non-maintained early years provider.
    case earlyYears

    /// The groups the statistics total settings by, which the report compares.
    public enum Group: String, CaseIterable, Sendable, Hashable {
        /// Mainstream schools, with their resourced provisions and SEN units.
        case mainstream = "Mainstream"
        /// Special schools.
        case special = "Special"
        /// Alternative provision and pupil referral units.
        case alternativeProvision = "AP / PRU"
        /// Further education.
        case furtherEducation = "FE"
        /// Educated elsewhere (NEET, EOTAS, home education, not in education, other).
        case educatedElsewhere = "Educated elsewhere"
        /// Non-maintained early years.
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
