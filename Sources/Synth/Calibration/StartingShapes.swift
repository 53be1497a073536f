import SEN2Schema

/// The starting shapes that raking fits to the published figures (``Raking``): where the
/// statistics are silent (the whole age curve of each need, which settings take which ages
/// and needs), these say what is plausible, and the published totals then decide the levels.
///
/// They are the generator's assumptions, written from general knowledge of the system (school
/// phases, the ages each setting serves, where special schools concentrate SLD and PMLD), not
/// published figures; a value of 0 makes a combination impossible.
enum StartingShapes {
    /// A need's relative prevalence across ages, as (age, weight) knots joined by straight lines.
    static func needAgeShape(_ need: SENType) -> [(Int, Double)] {
        switch need {
        case .autism: return [(0, 0.2), (3, 0.6), (6, 1.0), (10, 1.1), (14, 1.05), (18, 0.9), (22, 0.8), (25, 0.7)]
        case .speechLanguageCommunication: return [(0, 1.2), (3, 1.6), (5, 1.5), (8, 1.0), (11, 0.6), (14, 0.4), (18, 0.35), (25, 0.3)]
        case .socialEmotionalMentalHealth: return [(0, 0.02), (4, 0.05), (6, 0.3), (9, 0.7), (12, 1.0), (15, 1.3), (18, 1.0), (25, 0.8)]
        case .moderateLearning: return [(0, 0.1), (4, 0.2), (7, 0.6), (11, 1.0), (16, 1.1), (20, 1.2), (25, 1.1)]
        case .severeLearning: return [(0, 0.5), (4, 0.8), (10, 1.0), (19, 1.3), (25, 1.6)]
        case .profoundMultipleLearning: return [(0, 0.8), (4, 1.0), (19, 1.2), (25, 1.8)]
        case .physical: return [(0, 1.5), (4, 1.2), (10, 1.0), (18, 1.0), (25, 1.2)]
        case .specificLearning: return [(0, 0.02), (6, 0.2), (9, 0.8), (12, 1.2), (16, 1.3), (20, 1.0), (25, 0.8)]
        case .hearing, .vision: return [(0, 1.3), (5, 1.1), (15, 1.0), (25, 0.9)]
        case .multiSensory: return [(0, 1.5), (10, 1.0), (25, 1.0)]
        case .other, .downSyndrome: return [(0, 1.0), (25, 1.0)]
        }
    }

    /// The share of a need's plans held by boys and young men, before fitting to the
    /// published totals by sex.
    static func maleShare(_ need: SENType) -> Double {
        switch need {
        case .autism: return 0.76
        case .speechLanguageCommunication: return 0.72
        case .socialEmotionalMentalHealth: return 0.74
        case .moderateLearning: return 0.62
        case .severeLearning: return 0.66
        case .physical: return 0.58
        case .specificLearning: return 0.68
        case .profoundMultipleLearning, .multiSensory: return 0.55
        case .hearing, .vision: return 0.53
        case .other, .downSyndrome: return 0.62
        }
    }

    /// How readily a setting of `kind` takes a person of `age` (age at 31 August), from the
    /// phases it serves.
    static func ageFit(_ kind: SettingKind, age: Int) -> Double {
        switch kind {
        case .mainstreamLAMaintained, .mainstreamAcademy, .mainstreamFreeSchool, .mainstreamIndependent, .otherSchools:
            return ramp(age, [(3, 0.2), (4, 1.0), (15, 1.0), (16, 0.35), (17, 0.3), (18, 0.12), (19, 0.03), (20, 0)])
        case .mainstreamLAMaintainedResourced, .mainstreamLAMaintainedUnit, .mainstreamAcademyResourced, .mainstreamAcademyUnit,
             .mainstreamFreeSchoolResourced, .mainstreamFreeSchoolUnit:
            return ramp(age, [(3, 0.1), (4, 1.0), (15, 1.0), (16, 0.2), (17, 0.15), (18, 0.05), (19, 0)])
        case .specialLAMaintained, .specialAcademy:
            return ramp(age, [(1, 0), (2, 0.1), (3, 0.4), (4, 0.7), (5, 1.0), (15, 1.0), (18, 0.9), (19, 0.6), (20, 0.05), (21, 0)])
        case .specialIndependent, .specialNonMaintained:
            return ramp(age, [(4, 0), (5, 1.0), (18, 1.0), (19, 0.6), (20, 0.2), (24, 0.2), (25, 0)])
        case .alternativeProvision:
            return ramp(age, [(4, 0), (5, 0.2), (10, 0.2), (11, 1.0), (15, 1.0), (16, 0.2), (17, 0)])
        case .furtherEducationCollege:
            return ramp(age, [(15, 0), (16, 0.8), (17, 1.0), (19, 1.0), (20, 0.8), (24, 0.8), (25, 0.5)])
        case .specialistPost16:
            return ramp(age, [(15, 0), (16, 0.3), (17, 0.6), (18, 0.6), (19, 1.0), (25, 1.0)])
        case .ukrlpProvider:
            return ramp(age, [(15, 0), (16, 1.0), (25, 1.0)])
        case .neet:
            return ramp(age, [(15, 0), (16, 0.3), (17, 0.7), (18, 1.0), (25, 1.0)])
        case .otherArrangementsByLA:
            return ramp(age, [(0, 0.2), (4, 0.2), (5, 1.0), (15, 1.0), (16, 0.8), (25, 0.8)])
        case .electiveHomeEducation:
            return ramp(age, [(4, 0), (5, 1.0), (15, 1.0), (16, 0.4), (17, 0)])
        case .notInEducationOther, .otherArrangementsByParents:
            return ramp(age, [(4, 0), (5, 1.0), (25, 1.0)])
        case .notInEducationCompulsoryAge:
            return ramp(age, [(4, 0), (5, 1.0), (15, 1.0), (16, 0)])
        case .noticeToCease:
            return ramp(age, [(15, 0), (16, 1.0), (25, 1.0)])
        case .otherPlacementSettings:
            return 1.0
        case .welshEstablishment:
            return ramp(age, [(4, 0), (5, 1.0), (19, 1.0), (20, 0)])
        case .onlineProvider:
            return ramp(age, [(10, 0), (11, 1.0), (19, 1.0), (20, 0)])
        case .earlyYears:
            return ramp(age, [(0, 1.0), (3, 1.0), (4, 0.3), (5, 0)])
        }
    }

    /// How much more (or less) often than average a setting of `kind` takes a person whose
    /// primary need is `need`; the published pattern (§1.4: SLD and PMLD concentrated in
    /// special schools, SEMH dominant in AP and among NEET young people) sets the direction.
    static func needFit(_ kind: SettingKind, need: SENType) -> Double {
        switch kind.group {
        case .special:
            if kind == .specialIndependent || kind == .specialNonMaintained {
                switch need {
                case .socialEmotionalMentalHealth: return 2.5
                case .autism: return 1.6
                case .severeLearning, .profoundMultipleLearning, .multiSensory: return 1.5
                default: return 0.5
                }
            }
            switch need {
            case .severeLearning, .downSyndrome: return 5
            case .profoundMultipleLearning: return 8
            case .multiSensory: return 3
            case .autism: return 1.3
            case .physical: return 1.2
            case .speechLanguageCommunication: return 0.6
            case .socialEmotionalMentalHealth: return 0.7
            case .specificLearning: return 0.2
            case .hearing, .vision: return 0.8
            default: return 1
            }
        case .alternativeProvision:
            switch need {
            case .socialEmotionalMentalHealth: return 10
            case .autism: return 1
            default: return 0.3
            }
        case .mainstream:
            if kind.isResourcedProvision || kind.isSENUnit {
                switch need {
                case .autism, .speechLanguageCommunication: return 1.8
                case .hearing: return 2
                case .vision: return 1.5
                case .severeLearning, .downSyndrome: return 0.5
                case .profoundMultipleLearning: return 0.1
                default: return 1
                }
            }
            switch need {
            case .speechLanguageCommunication: return 1.5
            case .specificLearning: return 1.8
            case .autism: return 0.9
            case .severeLearning, .downSyndrome: return 0.2
            case .profoundMultipleLearning: return 0.05
            case .hearing, .vision: return 1.2
            default: return 1
            }
        case .furtherEducation:
            if kind == .specialistPost16 {
                switch need {
                case .severeLearning, .profoundMultipleLearning, .downSyndrome: return 3
                case .autism: return 1.5
                case .socialEmotionalMentalHealth: return 0.8
                default: return 1
                }
            }
            switch need {
            case .moderateLearning: return 1.4
            case .specificLearning: return 1.2
            case .severeLearning, .downSyndrome: return 0.8
            case .profoundMultipleLearning: return 0.3
            default: return 1
            }
        case .educatedElsewhere:
            switch need {
            case .socialEmotionalMentalHealth: return kind == .neet ? 2.5 : 2
            case .autism: return kind == .electiveHomeEducation ? 2 : 1.3
            case .profoundMultipleLearning: return 0.2
            case .severeLearning, .downSyndrome: return 0.4
            default: return 1
            }
        case .earlyYears:
            switch need {
            case .speechLanguageCommunication, .physical: return 2
            case .socialEmotionalMentalHealth: return 0.2
            default: return 1
            }
        }
    }

    /// How much a cease reason shifts the setting the plan last named (the published pattern
    /// in §2.5: NEET young people leave because they no longer engage, transfers come mostly
    /// from schools, deaths mostly from special schools).
    static func ceaseFit(_ kind: SettingKind, reason: CeaseReason) -> Double {
        switch (reason, kind.group) {
        case (.disengaged, .educatedElsewhere): return 3
        case (.disengaged, .furtherEducation): return 1.5
        case (.higherEducation, .furtherEducation), (.paidEmployment, .furtherEducation): return 2
        case (.higherEducation, .educatedElsewhere), (.higherEducation, .special): return 0.3
        case (.deceased, .special): return 4
        case (.maximumAge, .furtherEducation), (.maximumAge, .educatedElsewhere): return 1.5
        case (.transferred, .mainstream), (.transferred, .special): return 1.5
        default: return 1
        }
    }

    /// Linear interpolation between knots; flat beyond the first and last.
    static func ramp(_ x: Int, _ knots: [(Int, Double)]) -> Double {
        guard let first = knots.first, let last = knots.last else { return 0 }
        if x <= first.0 { return first.1 }
        if x >= last.0 { return last.1 }
        for (a, b) in zip(knots, knots.dropFirst()) where x <= b.0 {
            return a.1 + (b.1 - a.1) * Double(x - a.0) / Double(b.0 - a.0)
        }
        return last.1
    }
}
