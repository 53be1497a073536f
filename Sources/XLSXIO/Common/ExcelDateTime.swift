/// A date, time or date-time read from a workbook, as calendar fields.
///
/// Excel stores these as serial day numbers; this type is the decoded form, exact to the
/// second and free of time zones.
public struct ExcelDateTime: Hashable, Sendable, CustomStringConvertible {
    /// Which parts the cell's number format shows.
    public enum Kind: Hashable, Sendable {
        /// A date without a time (`dd/mm/yyyy`).
        case date
        /// A time of day without a date (`hh:mm:ss`).
        case time
        /// A date with a time.
        case dateTime
    }

    /// The calendar day. For ``Kind/time`` values this is the serial's day (often 1899-12-31).
    public var date: CalendarDate
    /// Seconds since midnight, 0–86399.
    public var secondsOfDay: Int
    /// Which parts are meaningful.
    public var kind: Kind

    /// Creates a value.
    public init(date: CalendarDate, secondsOfDay: Int = 0, kind: Kind = .date) {
        self.date = date
        self.secondsOfDay = secondsOfDay
        self.kind = kind
    }

    /// The hour, 0–23.
    public var hour: Int { secondsOfDay / 3600 }
    /// The minute, 0–59.
    public var minute: Int { secondsOfDay / 60 % 60 }
    /// The second, 0–59.
    public var second: Int { secondsOfDay % 60 }

    /// The time as `HH:MM:SS`.
    public var timeText: String { pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2) }

    /// `YYYY-MM-DD`, `HH:MM:SS` or `YYYY-MM-DDTHH:MM:SS`, by ``kind``.
    public var description: String {
        switch kind {
        case .date: return date.description
        case .time: return timeText
        case .dateTime: return date.description + "T" + timeText
        }
    }
}

/// The epoch a workbook counts serial day numbers from.
public enum DateSystem: Hashable, Sendable {
    /// Serial 1 is 1900-01-01, with Lotus 1-2-3's fictitious 1900-02-29 at serial 60.
    case date1900
    /// Serial 0 is 1904-01-01 (older Mac workbooks; `workbookPr date1904="1"`).
    case date1904

    private static let epoch1899_12_30 = CalendarDate(year: 1899, month: 12, day: 30).daysSinceEpoch
    private static let epoch1899_12_31 = CalendarDate(year: 1899, month: 12, day: 31).daysSinceEpoch
    private static let epoch1904 = CalendarDate(year: 1904, month: 1, day: 1).daysSinceEpoch
    /// The largest serial Excel accepts (9999-12-31 in the 1900 system).
    static let maxSerial1900 = 2_958_465.0

    /// Converts a serial to calendar fields, or nil when it is outside Excel's date range.
    ///
    /// Rounds to the nearest second first, so 0.99999999 of a day is the next midnight, as
    /// Excel displays it. Serial 60 in the 1900 system is returned as 1900-02-29, the day
    /// Excel shows for it, although that day never existed.
    public func dateTime(fromSerial serial: Double, kind: ExcelDateTime.Kind) -> ExcelDateTime? {
        guard serial.isFinite, serial >= 0 else { return nil }
        let limit = self == .date1900 ? DateSystem.maxSerial1900 : DateSystem.maxSerial1900 - 1462
        guard serial < limit + 1 else { return nil }
        let totalSeconds = Int((serial * 86_400).rounded())
        let days = totalSeconds / 86_400
        // Rounding can carry the last second of 9999-12-31 into a day Excel cannot show;
        // check the range again on the rounded value.
        guard days <= Int(limit) else { return nil }
        let seconds = totalSeconds % 86_400
        let date: CalendarDate
        switch self {
        case .date1904:
            date = CalendarDate(daysSinceEpoch: DateSystem.epoch1904 + days)
        case .date1900:
            if days == 60 {
                date = CalendarDate(year: 1900, month: 2, day: 29)
            } else if days < 60 {
                date = CalendarDate(daysSinceEpoch: DateSystem.epoch1899_12_31 + days)
            } else {
                date = CalendarDate(daysSinceEpoch: DateSystem.epoch1899_12_30 + days)
            }
        }
        return ExcelDateTime(date: date, secondsOfDay: seconds, kind: kind)
    }

    /// The serial day number for a calendar date (midnight).
    public func serial(for date: CalendarDate) -> Double {
        switch self {
        case .date1904:
            return Double(date.daysSinceEpoch - DateSystem.epoch1904)
        case .date1900:
            let d = date.daysSinceEpoch - DateSystem.epoch1899_12_30
            // Before 1900-03-01 Excel's serials are one lower than the true day count,
            // because it counts the non-existent 1900-02-29.
            return Double(d < 61 ? d - 1 : d)
        }
    }

    /// The serial for a date plus seconds since midnight.
    public func serial(for date: CalendarDate, secondsOfDay: Int) -> Double {
        serial(for: date) + Double(secondsOfDay) / 86_400
    }
}
