import Foundation
import Testing
import XLSXIO

/// Calendar days as plain year, month and day: no time zone can move them.
@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("days since 1970 and back, every day from 1899 to 1910 and around 2000")
    func dayNumbersRoundTrip() {
        let ranges = [
            CalendarDate(year: 1899, month: 1, day: 1).daysSinceEpoch...CalendarDate(year: 1910, month: 12, day: 31).daysSinceEpoch,
            CalendarDate(year: 1999, month: 1, day: 1).daysSinceEpoch...CalendarDate(year: 2031, month: 12, day: 31).daysSinceEpoch,
        ]
        for range in ranges {
            var previous: CalendarDate?
            for n in range {
                let date = CalendarDate(daysSinceEpoch: n)
                #expect(date.daysSinceEpoch == n)
                #expect(CalendarDate(validatingYear: date.year, month: date.month, day: date.day) == date)
                if let previous { #expect(previous < date && previous.adding(days: 1) == date) }
                previous = date
            }
        }
    }

    @Test("known day numbers and weekdays", arguments: [
        (CalendarDate(year: 1970, month: 1, day: 1), 0, 4),
        (CalendarDate(year: 1969, month: 12, day: 31), -1, 3),
        (CalendarDate(year: 2000, month: 1, day: 1), 10_957, 6),
        (CalendarDate(year: 2000, month: 2, day: 29), 11_016, 2),
        (CalendarDate(year: 1900, month: 3, day: 1), -25_508, 4),
        (CalendarDate(year: 1, month: 1, day: 1), -719_162, 1),
        (CalendarDate(year: 9999, month: 12, day: 31), 2_932_896, 5),
    ])
    func knownDays(date: CalendarDate, days: Int, weekday: Int) {
        #expect(date.daysSinceEpoch == days)
        #expect(CalendarDate(daysSinceEpoch: days) == date)
        #expect(date.weekday == weekday)
    }

    @Test("ISO text", arguments: [
        ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29) as CalendarDate?),
        ("2000-02-29", CalendarDate(year: 2000, month: 2, day: 29)),
        ("0001-01-01", CalendarDate(year: 1, month: 1, day: 1)),
        ("2023-02-29", nil), ("1900-02-29", nil), ("2024-04-31", nil), ("2024-13-01", nil),
        ("2024-00-10", nil), ("0000-01-01", nil), ("2024-2-29", nil), ("2024/02/29", nil),
        ("24-02-29", nil), ("2024-02-29T00:00", nil), ("", nil), ("２０２４-02-29", nil), ("+024-02-29", nil),
    ])
    func isoText(text: String, date: CalendarDate?) {
        #expect(CalendarDate(iso: text) == date)
        if let date { #expect(date.description == text) }
    }

    @Test("leap years and month lengths")
    func leapYears() {
        #expect(CalendarDate.isLeapYear(2000))
        #expect(!CalendarDate.isLeapYear(1900))
        #expect(CalendarDate.isLeapYear(2024))
        #expect(!CalendarDate.isLeapYear(2023))
        #expect(CalendarDate.daysInMonth(year: 2024, month: 2) == 29)
        #expect(CalendarDate.daysInMonth(year: 1900, month: 2) == 28)
        #expect((1...12).map { CalendarDate.daysInMonth(year: 2023, month: $0) }.reduce(0, +) == 365)
    }

    @Test("differences in days")
    func differences() {
        let a = CalendarDate(year: 2024, month: 8, day: 31)
        let b = CalendarDate(year: 2025, month: 8, day: 31)
        #expect(a.days(to: b) == 365)
        #expect(b.days(to: a) == -365)
        #expect(b.adding(days: -365) == a)
    }

    @Test("codes as ISO text in JSON and refuses anything else")
    func codable() throws {
        let date = CalendarDate(year: 2025, month: 1, day: 31)
        let json = try JSONEncoder().encode([date])
        #expect(String(decoding: json, as: UTF8.self) == "[\"2025-01-31\"]")
        #expect(try JSONDecoder().decode([CalendarDate].self, from: json) == [date])
        #expect(throws: DecodingError.self) {
            _ = try JSONDecoder().decode([CalendarDate].self, from: Data("[\"31/01/2025\"]".utf8))
        }
    }
}
