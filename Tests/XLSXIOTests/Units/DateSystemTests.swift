import Testing
import XLSXIO

/// Serial day numbers to calendar fields and back, in both epochs. Expected days are what
/// Excel shows for each serial (checked against Excel's documented 1900 and 1904 systems:
/// serial 1 is 1900-01-01 and 1904-01-02 respectively, 1462 days apart).
@Suite("Date systems")
struct DateSystemTests {
    @Test("1900 system: serials around the fictitious 1900-02-29", arguments: [
        (1.0, "1900-01-01"),
        (31.0, "1900-01-31"),
        (59.0, "1900-02-28"),
        (60.0, "1900-02-29"),
        (61.0, "1900-03-01"),
        (366.0, "1900-12-31"),
        (367.0, "1901-01-01"),
        (25_569.0, "1970-01-01"),
        (36_526.0, "2000-01-01"),
        (45_658.0, "2025-01-01"),
        (2_958_465.0, "9999-12-31"),
    ])
    func serial1900(serial: Double, expected: String) throws {
        let value = try #require(DateSystem.date1900.dateTime(fromSerial: serial, kind: .date))
        #expect(value.description == expected)
        #expect(value.secondsOfDay == 0)
    }

    @Test("1904 system: serial 0 is 1904-01-01", arguments: [
        (0.0, "1904-01-01"),
        (1.0, "1904-01-02"),
        (59.0, "1904-02-29"),
        (1_462.0, "1908-01-02"),
        (24_107.0, "1970-01-01"),
        (44_196.0, "2025-01-01"),
    ])
    func serial1904(serial: Double, expected: String) throws {
        let value = try #require(DateSystem.date1904.dateTime(fromSerial: serial, kind: .date))
        #expect(value.description == expected)
    }

    @Test("the two systems are 1,462 days apart", arguments: [1.0, 61.0, 36_526.0, 45_658.25])
    func systemsAreOffset(serial: Double) throws {
        let a = try #require(DateSystem.date1900.dateTime(fromSerial: serial + 1_462, kind: .dateTime))
        let b = try #require(DateSystem.date1904.dateTime(fromSerial: serial, kind: .dateTime))
        #expect(a == b)
    }

    static let fractionalCases: [(serial: Double, expected: String)] = [
        (45_658.5, "2025-01-01T12:00:00"),
        (45_658.25, "2025-01-01T06:00:00"),
        (45_658.0 + 1.0 / 86_400, "2025-01-01T00:00:01"),
        (45_658.0 + 0.4 / 86_400, "2025-01-01T00:00:00"),
        (45_658.0 + 0.6 / 86_400, "2025-01-01T00:00:01"),
        (45_658.999999, "2025-01-02T00:00:00"),
        (45_658.0 + 86_399.0 / 86_400, "2025-01-01T23:59:59"),
        (60.5, "1900-02-29T12:00:00"),
    ]

    @Test("fractional serials give the time of day, rounded to the second", arguments: fractionalCases)
    func fractionalSerials(serial: Double, expected: String) throws {
        let value = try #require(DateSystem.date1900.dateTime(fromSerial: serial, kind: .dateTime))
        #expect(value.description == expected)
    }

    @Test("a time-only serial keeps only the clock", arguments: [
        (0.0, "00:00:00"), (0.5, "12:00:00"), (0.75, "18:00:00"),
        (0.423_726_851_851_85, "10:10:10"), (0.999_994_2, "23:59:59"),
    ])
    func timesOfDay(serial: Double, expected: String) throws {
        let value = try #require(DateSystem.date1900.dateTime(fromSerial: serial, kind: .time))
        #expect(value.description == expected)
        #expect(value.timeText == expected)
        #expect(value.hour * 3600 + value.minute * 60 + value.second == value.secondsOfDay)
    }

    static let outOfRangeSerials: [(system: DateSystem, serial: Double)] = [
        (.date1900, -1.0), (.date1900, 2_958_466.0), (.date1900, .nan), (.date1900, .infinity),
        (.date1904, -0.5), (.date1904, 2_957_004.0),
    ]

    @Test("serials outside Excel's range are not dates", arguments: outOfRangeSerials)
    func outOfRange(system: DateSystem, serial: Double) {
        #expect(system.dateTime(fromSerial: serial, kind: .date) == nil)
    }

    @Test("dates convert to serials and back", arguments: [
        CalendarDate(year: 1900, month: 1, day: 1), CalendarDate(year: 1900, month: 2, day: 28),
        CalendarDate(year: 1900, month: 3, day: 1), CalendarDate(year: 1904, month: 1, day: 1),
        CalendarDate(year: 1970, month: 1, day: 1), CalendarDate(year: 2000, month: 2, day: 29),
        CalendarDate(year: 2025, month: 8, day: 31), CalendarDate(year: 9999, month: 12, day: 31),
    ])
    func serialRoundTrip(date: CalendarDate) throws {
        for system in [DateSystem.date1900, .date1904] where !(system == .date1904 && date.year < 1904) {
            let serial = system.serial(for: date, secondsOfDay: 3_723)
            let back = try #require(system.dateTime(fromSerial: serial, kind: .dateTime))
            #expect(back.date == date)
            #expect(back.secondsOfDay == 3_723)
        }
    }

    @Test("a serial that rounds past 9999-12-31 is out of range, like any later serial")
    func roundingPastTheLastDay() throws {
        #expect(DateSystem.date1900.dateTime(fromSerial: 2_958_465.999_999_99, kind: .dateTime) == nil)
        #expect(DateSystem.date1904.dateTime(fromSerial: 2_957_003.999_999_99, kind: .dateTime) == nil)
        let last = try #require(DateSystem.date1900.dateTime(fromSerial: 2_958_465.999_98, kind: .dateTime))
        #expect(last.description == "9999-12-31T23:59:58")
    }

    @Test("serials Excel gives to known dates")
    func knownSerials() {
        #expect(DateSystem.date1900.serial(for: CalendarDate(year: 1900, month: 2, day: 28)) == 59)
        #expect(DateSystem.date1900.serial(for: CalendarDate(year: 1900, month: 3, day: 1)) == 61)
        #expect(DateSystem.date1900.serial(for: CalendarDate(year: 2021, month: 1, day: 1)) == 44_197)
        #expect(DateSystem.date1904.serial(for: CalendarDate(year: 2021, month: 1, day: 1)) == 42_735)
    }

    static let durationCases: [(days: Double, expected: String)] = [
        (0.0, "0:00:00"), (0.5, "12:00:00"), (1.5, "36:00:00"),
        (10.632_060_185_185_185, "255:10:10"), (1.0 / 86_400 * 0.6, "0:00:01"),
        (-0.25, "-6:00:00"), (400.0, "9600:00:00"),
    ]

    @Test("durations print as [h]:mm:ss with hours past 24", arguments: durationCases)
    func durations(days: Double, expected: String) {
        #expect(CellValue.durationText(days) == expected)
        #expect(CellValue.duration(days).text == expected)
    }
}
