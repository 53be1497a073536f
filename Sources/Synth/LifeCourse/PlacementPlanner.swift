import SEN2Schema
import XLSXIO

/// Builds a person's placements over the years up to the census day: the current setting
/// entered at the start of its phase (reception, year 7, college at 16) or on a move, the
/// previous setting when the move fell in the activity year, and now and then a second
/// placement alongside; and the settings the plan names.
struct PlacementPlanner: Sendable {
    let calendar: SchoolCalendar
    let assumptions: Assumptions
    let workBasedLearning: WeightedTable<WorkBasedLearning?>

    /// What a plan's placements come to.
    struct Plan {
        var placements: [PlacementStint]
        var named: [SettingChoice]
        var residential: ResidentialSetting?
        var workBased: WorkBasedLearning?
    }

    /// The placements of a plan in force on the census day whose current setting is `kind`.
    ///
    /// - Parameters:
    ///   - notBefore: the earliest the current placement can have begun (a transfer in's arrival).
    func placements(kind: SettingKind, age: Int, birth: CalendarDate, notBefore: CalendarDate?, rng: inout SplitMix64) -> Plan {
        let current = choice(of: kind, age: age, rng: &rng)
        var entry = entryDate(kind: kind, setting: current.setting, age: age, birth: birth, rng: &rng)
        if let notBefore, entry < notBefore {
            entry = SchoolCalendar.day(between: notBefore, and: calendar.periodEnd, rng: &rng)
        }
        var stint = PlacementStint(choice: current, rank: .primary, entry: entry)
        var residential: ResidentialSetting?
        if kind.isSpecialSchool {
            let share = kind == .specialIndependent || kind == .specialNonMaintained
                ? assumptions.residentialShareSpecialIndependent : assumptions.residentialShareOtherSpecial
            if rng.chance(share) { residential = rng.chance(0.65) ? .weeks38to51 : .weeks52 }
        }
        var workBased: WorkBasedLearning?
        if kind.group == .furtherEducation, (16...24).contains(age) { workBased = workBasedLearning.pick(using: &rng) }
        stint.residential = residential
        stint.workBased = workBased

        var placements: [PlacementStint] = []
        let previous = previousChoice(before: kind, age: age, rng: &rng)
        if let previous, entry > calendar.periodStart, entry.days(to: calendar.periodEnd) < 365, notBefore == nil || previous.kind.group != kind.group {
            let leaving = entry.month == 9 ? CalendarDate(year: entry.year, month: 7, day: 18 + rng.below(6)) : entry.adding(days: -1 - rng.below(20))
            let earlier = CalendarDate.latest(birth.adding(days: 365 * 2), leaving.adding(days: -(300 + rng.below(1500))))
            placements.append(PlacementStint(choice: previous, rank: .primary, entry: earlier, leaving: leaving))
        }
        placements.append(stint)
        if rng.chance(assumptions.secondPlacementShare) {
            let secondKind: SettingKind = (11...15).contains(age) && kind.group == .mainstream ? .alternativeProvision : .otherArrangementsByLA
            if secondKind != kind {
                let second = choice(of: secondKind, age: age, rng: &rng)
                let secondEntry = SchoolCalendar.day(between: CalendarDate.latest(entry, calendar.periodStart), and: calendar.periodEnd, rng: &rng)
                placements.append(PlacementStint(choice: second, rank: .secondary, entry: secondEntry))
            }
        }
        var named: [SettingChoice] = []
        if kind.identification.isNameable {
            named.append(current)
        } else {
            named.append(previous.flatMap { $0.kind.identification.isNameable ? $0 : nil } ?? fallbackNamed(age: age, rng: &rng))
        }
        if let second = placements.last(where: { $0.rank == .secondary }), second.choice.kind.identification.isNameable {
            named.append(second.choice)
        }
        return Plan(placements: placements, named: named, residential: residential, workBased: workBased)
    }

    /// The setting a ceased plan last named.
    func namedSetting(kind: SettingKind, age: Int, rng: inout SplitMix64) -> SettingChoice {
        kind.identification.isNameable ? choice(of: kind, age: age, rng: &rng) : fallbackNamed(age: age, rng: &rng)
    }

    /// A setting of `kind` that teaches `age`, with free text for the "other" codes.
    func choice(of kind: SettingKind, age: Int, rng: inout SplitMix64) -> SettingChoice {
        let all = SettingCatalogue.settings(of: kind)
        let fitting = all.filter { $0.teaches(age: age) }
        let setting = fitting.isEmpty ? (all.isEmpty ? nil : rng.pick(all)) : rng.pick(fitting)
        var text: String?
        if case .code(let code) = kind.identification, let texts = PlacementPlanner.otherTexts(kind, code) { text = rng.pick(texts) }
        return SettingChoice(kind: kind, setting: setting, otherText: text)
    }

    /// When the current placement began.
    private func entryDate(kind: SettingKind, setting: FictionalSetting?, age: Int, birth: CalendarDate, rng: inout SplitMix64) -> CalendarDate {
        let latest = calendar.periodEnd.adding(days: -7)
        let date: CalendarDate
        switch kind.group {
        case .mainstream, .special, .alternativeProvision:
            if kind == .alternativeProvision {
                date = SchoolCalendar.day(between: calendar.periodStart.adding(days: -500), and: latest, rng: &rng)
            } else if rng.chance(0.2) || age < 4 {
                // A move during the phase (or a nursery place).
                let from = calendar.termStart(whenAged: age >= 11 ? 11 : min(age, 4), nowAged: age, rng: &rng)
                date = SchoolCalendar.day(between: from, and: latest, rng: &rng)
            } else if kind.isSpecialSchool {
                date = calendar.termStart(whenAged: max(4, age - rng.below(min(age - 3, 6))), nowAged: age, rng: &rng)
            } else {
                let phaseStart = age >= 16 && rng.chance(0.5) ? 16 : age >= 11 ? 11 : 4
                date = calendar.termStart(whenAged: phaseStart, nowAged: age, rng: &rng)
            }
        case .furtherEducation:
            let startAge = rng.chance(0.5) ? age : max(16, age - rng.below(3))
            date = calendar.termStart(whenAged: startAge, nowAged: age, rng: &rng)
        case .educatedElsewhere:
            let from = CalendarDate.latest(calendar.periodStart.adding(days: -730), birth.adding(days: 365 * (kind == .neet ? 16 : 4)))
            date = SchoolCalendar.day(between: from, and: latest, rng: &rng)
        case .earlyYears:
            date = SchoolCalendar.day(between: birth.adding(days: 180), and: latest, rng: &rng)
        }
        return CalendarDate.earliest(CalendarDate.latest(date, birth.adding(days: 120)), latest)
    }

    /// The setting before the current one, if the person had one.
    private func previousChoice(before kind: SettingKind, age: Int, rng: inout SplitMix64) -> SettingChoice? {
        guard age >= 5 else { return nil }
        let previous: SettingKind
        switch kind.group {
        case .furtherEducation, .educatedElsewhere:
            if age >= 17 { previous = rng.chance(0.6) ? .furtherEducationCollege : (rng.chance(0.5) ? .specialLAMaintained : .mainstreamAcademy) }
            else { previous = rng.chance(0.7) ? .mainstreamAcademy : .specialLAMaintained }
        case .special, .alternativeProvision:
            previous = rng.chance(0.6) ? .mainstreamLAMaintained : .mainstreamAcademy
        case .mainstream:
            previous = rng.chance(0.5) ? .mainstreamLAMaintained : .mainstreamAcademy
        case .earlyYears:
            return nil
        }
        return choice(of: previous, age: max(4, age - 1), rng: &rng)
    }

    private func fallbackNamed(age: Int, rng: inout SplitMix64) -> SettingChoice {
        choice(of: age >= 16 ? .furtherEducationCollege : .otherArrangementsByLA, age: age, rng: &rng)
    }

    /// Free text for the setting codes whose label is "other".
    static func otherTexts(_ kind: SettingKind, _ code: SENSetting) -> [String]? {
        switch code {
        case .otherLA:
            return ["Home tuition and therapy package arranged by the LA", "Part-time tuition centre with outreach support",
                    "Bespoke package: tutor and speech and language therapy", "Hospital education service"]
        case .otherParent:
            return ["Independent school arranged and paid for by parents", "Private tutor arranged by parents",
                    "Independent specialist provision funded by the family"]
        case .otherTypeSpecified:
            return ["Special school place named by type; school to be confirmed", "Specialist resource base; setting to be named",
                    "Residential special school; setting not yet agreed"]
        case .notInEducationOther:
            return kind == .notInEducationCompulsoryAge
                ? ["Compulsory school age; awaiting a school place", "Permanently excluded; awaiting a new school"]
                : ["Transferred in; awaiting placement", "Permanently excluded; awaiting a new school",
                   "Medical needs; awaiting provision", "Missing education; LA following up"]
        default:
            return nil
        }
    }
}

extension SettingKind.Identification {
    /// True when an EHC plan can name a setting identified this way.
    var isNameable: Bool {
        if case .code(let code) = self { return code.canBeNamedInPlan }
        return true
    }
}
