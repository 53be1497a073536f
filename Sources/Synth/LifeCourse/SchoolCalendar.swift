import SEN2Schema
import XLSXIO

/// The dates a return is built around: the census day, the activity year before it, and the
/// 31 August that ages are counted at.
struct SchoolCalendar: Sendable {
    /// The collection year.
    let year: CollectionYear
    /// The reference (census) day.
    let referenceDate: CalendarDate
    /// 1 January of the activity year.
    let periodStart: CalendarDate
    /// 31 December of the activity year: nothing in a story is dated later.
    let periodEnd: CalendarDate
    /// The 31 August before the census, at which ages are counted.
    let ageDay: CalendarDate

    init(year: CollectionYear, referenceDate: CalendarDate) {
        self.year = year
        self.referenceDate = referenceDate
        periodStart = year.activityPeriod.lowerBound
        periodEnd = year.activityPeriod.upperBound
        ageDay = CalendarDate(year: year.rawValue - 1, month: 8, day: 31)
    }

    /// The first and last possible birth dates for age `age` at 31 August before the census.
    func birthWindow(age: Int) -> ClosedRange<CalendarDate> {
        let y = ageDay.year - age
        return CalendarDate(year: y - 1, month: 9, day: 1)...CalendarDate(year: y, month: 8, day: 31)
    }

    /// The age on 31 August before the census of someone born on `birth`.
    func age(bornOn birth: CalendarDate) -> Int { SchoolCalendar.age(on: ageDay, bornOn: birth) }

    /// Whole years between `birth` and `day`.
    static func age(on day: CalendarDate, bornOn birth: CalendarDate) -> Int {
        var years = day.year - birth.year
        if (day.month, day.day) < (birth.month, birth.day) { years -= 1 }
        return years
    }

    /// The start of the school year in which a person now aged `age` was aged `earlier`
    /// (a few days into September).
    func termStart(whenAged earlier: Int, nowAged age: Int, rng: inout SplitMix64) -> CalendarDate {
        CalendarDate(year: ageDay.year - (age - earlier), month: 9, day: 1 + rng.below(6))
    }

    /// A day uniformly between `from` and `to` (inclusive); `from` when the range is empty.
    static func day(between from: CalendarDate, and to: CalendarDate, rng: inout SplitMix64) -> CalendarDate {
        let span = from.days(to: to)
        return span <= 0 ? from : from.adding(days: rng.below(span + 1))
    }
}

extension CalendarDate {
    /// The later of two dates.
    static func latest(_ a: CalendarDate, _ b: CalendarDate) -> CalendarDate { a < b ? b : a }
    /// The earlier of two dates.
    static func earliest(_ a: CalendarDate, _ b: CalendarDate) -> CalendarDate { a < b ? a : b }
}
