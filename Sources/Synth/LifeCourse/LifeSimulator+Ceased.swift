import SEN2Schema
import XLSXIO

extension LifeSimulator {
    /// A person whose plan ceased during the activity year: age and reason as the published
    /// cessations have them, the setting the plan last named leaning the way the reason does
    /// (``StartingShapes/ceaseFit(_:reason:)``), and a cease date that suits the reason.
    func ceased(_ p: inout Draws) -> LifeStory {
        let c = calibration
        let model = c.cessations
        let band = model.band.pick(p.u(.age))
        let reason = model.reasonByBand[band].pick(p.u(.duration))
        let age = reason == .maximumAge ? 25 : model.ageWithinBand[band].pick(using: &p.life)
        let sex = model.sex.pick(p.u(.sex))
        let ethnicity = c.ethnicity.pick(p.u(.ethnicity))
        let need = c.needs.byAgeAndSex[age][sexIndex(sex)].pick(p.u(.need))
        let settings = c.settings.byAgeAndNeed[age][needIndex(need)]
        let leaning = WeightedTable(settings.categories.enumerated().map { i, kind in
            (kind, settings.probabilities[i] * StartingShapes.ceaseFit(kind, reason: reason))
        })
        let kind = leaning.pick(p.u(.setting))
        let birth = identities.birthDate(age: age, rng: &p.identity)

        let ceaseDate = LifeSimulator.ceaseDate(reason: reason, calendar: calendar, birth: birth, rng: &p.life)
        let years = c.durations.byAge[age].pick(using: &p.life)
        let latestStart = ceaseDate.adding(days: -30)
        var start = ceaseDate.adding(days: -365 * years - 30 - p.life.below(365))
        start = CalendarDate.earliest(CalendarDate.latest(start, birth.adding(days: 60)), latestStart)
        var plan = PlanStory(start: start, named: [placements.namedSetting(kind: kind, age: age, rng: &p.settings)])
        plan.ceased = (ceaseDate, reason)
        personalBudget(&plan, rng: &p.life)
        var episode = requestBehind(planStart: start, birth: birth, u: p.u(.timing), rng: &p.life)
        episode.assessment?.plan = plan
        let schooling = LifeSimulator.schooling(kind: kind, age: age, rng: &p.identity)
        let identity = identities.identity(index: p.index, birth: birth, sex: sex, ethnicity: ethnicity, schooling: schooling,
                                           rng: &p.identity)
        return LifeStory(identity: identity, episodes: [episode])
    }

    /// When a plan ceasing for `reason` ended: at the end of the summer term for the maximum
    /// age, around the start of the academic year for higher education, any time otherwise.
    static func ceaseDate(reason: CeaseReason, calendar: SchoolCalendar, birth: CalendarDate, rng: inout SplitMix64) -> CalendarDate {
        let y = calendar.periodStart.year
        let date: CalendarDate
        switch reason {
        case .maximumAge: date = CalendarDate(year: y, month: 7, day: 20 + rng.below(12))
        case .higherEducation: date = SchoolCalendar.day(between: CalendarDate(year: y, month: 7, day: 15),
                                                         and: CalendarDate(year: y, month: 10, day: 15), rng: &rng)
        default: date = SchoolCalendar.day(between: calendar.periodStart, and: calendar.periodEnd, rng: &rng)
        }
        return CalendarDate.latest(date, birth.adding(days: 120))
    }
}
