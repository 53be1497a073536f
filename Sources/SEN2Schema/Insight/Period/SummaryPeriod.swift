import XLSXIO

/// The dates a summary is computed for: the reference (census) date the caseload is counted
/// on, the 31 August that ages are taken at, and the calendar year whose activity is counted.
public struct SummaryPeriod: Hashable, Sendable {
    /// The day the caseload is counted on.
    public var referenceDate: CalendarDate
    /// The calendar year whose activity (requests, assessments, new and ceased plans) is counted.
    public var activityYear: Int

    /// A period for `referenceDate`, counting the activity of the calendar year before it.
    public init(referenceDate: CalendarDate) {
        self.referenceDate = referenceDate
        activityYear = referenceDate.year - 1
    }

    /// The period of a collection year: its census day and the calendar year before.
    public init(year: CollectionYear) {
        self.init(referenceDate: year.census)
    }

    /// The first and last day of the activity year.
    public var activityRange: ClosedRange<CalendarDate> {
        CalendarDate(year: activityYear, month: 1, day: 1)...CalendarDate(year: activityYear, month: 12, day: 31)
    }

    /// The most recent 31 August on or before the reference date: ages are counted on it, as
    /// the SEN2 guide counts them.
    public var ageDate: CalendarDate {
        let sameYear = CalendarDate(year: referenceDate.year, month: 8, day: 31)
        return sameYear <= referenceDate ? sameYear : CalendarDate(year: referenceDate.year - 1, month: 8, day: 31)
    }

    /// The collection year whose census falls in the reference date's year, if supported.
    public var collectionYear: CollectionYear? { CollectionYear(year: referenceDate.year) }

    /// The period one year earlier: the previous collection's census when it is declared,
    /// otherwise the same day a year before.
    public var previous: SummaryPeriod {
        if let year = CollectionYear(year: referenceDate.year - 1) { return SummaryPeriod(year: year) }
        let day = min(referenceDate.day, CalendarDate.daysInMonth(year: referenceDate.year - 1, month: referenceDate.month))
        return SummaryPeriod(referenceDate: CalendarDate(year: referenceDate.year - 1, month: referenceDate.month, day: day))
    }

    /// Chooses the period for a return: an explicit reference date wins, then an explicit
    /// collection year, then the return's own header (reference date, then year).
    ///
    /// - Returns: nil when none of these gives a date; the caller asks for `--year` or
    ///   `--reference-date`.
    public static func choose(referenceDate: CalendarDate?, year: CollectionYear?, header: Header) -> SummaryPeriod? {
        if let referenceDate { return SummaryPeriod(referenceDate: referenceDate) }
        if let year { return SummaryPeriod(year: year) }
        if let date = header.referenceDate.value { return SummaryPeriod(referenceDate: date) }
        if let value = header.year.value, let year = CollectionYear(year: value) { return SummaryPeriod(year: year) }
        return nil
    }
}
