import XLSXIO

/// A type that one SEN2 item can hold: it reads itself from a cell (or XML text) and writes
/// itself as the text the return uses.
public protocol ItemValue: Hashable, Sendable {
    /// Reads a value, or returns nil when `input` is not a valid spelling of this kind of
    /// value. Callers pass non-empty input only.
    static func read(_ input: CellValue) -> Self?
    /// The value as written in the XML (codes, ISO dates, `1`/`0`).
    var text: String { get }
}

extension SEN2Code {
    /// Reads a code from text (see ``read(text:)``) or from a whole number such as 2 for
    /// request source 2.
    public static func read(_ input: CellValue) -> Self? {
        switch input {
        case .string(let s): return read(text: s)
        case .number(let d):
            guard d == d.rounded(), abs(d) < 1e9 else { return nil }
            return read(text: String(Int(d)))
        default: return nil
        }
    }

    /// The official code.
    public var text: String { rawValue }
}

extension String: ItemValue {
    /// Free text, with surrounding spaces removed; numbers keep their shortest form.
    public static func read(_ input: CellValue) -> String? {
        let t = input.text.trimmingSpaces
        return t.isEmpty ? nil : t
    }

    /// The text itself.
    public var text: String { self }
}

extension CalendarDate: ItemValue {
    /// Reads a real Excel date, ISO `yyyy-mm-dd` text, UK `dd/mm/yyyy` text (one- or two-digit
    /// day and month, `/`, `-` or `.` between), or a COLLECT Blade `2022-Sep-28 00:00:00`.
    /// Impossible dates such as 31/02/2024 are refused, never moved to a nearby day.
    public static func read(_ input: CellValue) -> CalendarDate? {
        switch input {
        case .dateTime(let t): return t.kind == .time ? nil : t.date
        case .string(let s): return DateText.parse(s.trimmingSpaces)
        default: return nil
        }
    }

    /// `yyyy-mm-dd`.
    public var text: String {
        guard (0...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return description }
        // Ten bytes fit a small string: no allocation, unlike joining padded parts.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            let digits: [(Int, Int)] = [(year / 1000, 0), (year / 100 % 10, 1), (year / 10 % 10, 2), (year % 10, 3),
                                        (month / 10, 5), (month % 10, 6), (day / 10, 8), (day % 10, 9)]
            for (digit, position) in digits { buffer[position] = UInt8(48 + digit) }
            buffer[4] = UInt8(ascii: "-")
            buffer[7] = UInt8(ascii: "-")
            return 10
        }
    }
}

extension ExcelDateTime: ItemValue {
    /// Reads a real Excel date-time or ISO `yyyy-mm-ddThh:mm:ss` text.
    public static func read(_ input: CellValue) -> ExcelDateTime? {
        switch input {
        case .dateTime(let t): return t.kind == .time ? nil : ExcelDateTime(date: t.date, secondsOfDay: t.secondsOfDay, kind: .dateTime)
        case .string(let s):
            // ISO (`2025-02-01T09:30:00`) or a date, a space and a time (Blade: `2025-Feb-01 09:30:00`).
            let parts = s.trimmingSpaces.split(maxSplits: 1, whereSeparator: { $0 == "T" || $0 == " " })
            guard parts.count == 2, let d = DateText.parse(String(parts[0])) else { return nil }
            let hms = parts[1].split(separator: ":")
            guard hms.count == 3, let h = Int(hms[0]), let m = Int(hms[1]), let sec = Int(hms[2].prefix(2)),
                  (0..<24).contains(h), (0..<60).contains(m), (0..<60).contains(sec) else { return nil }
            return ExcelDateTime(date: d, secondsOfDay: h * 3600 + m * 60 + sec, kind: .dateTime)
        default: return nil
        }
    }

    /// `yyyy-mm-ddThh:mm:ss`.
    public var text: String { date.description + "T" + timeText }
}

/// Reads the date spellings people type into spreadsheets.
enum DateText {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func parse(_ s: String) -> CalendarDate? {
        if let iso = CalendarDate(iso: s) { return iso }
        // A date-time's date part, as Blade exports and some systems write it.
        let head = s.split(separator: " ", maxSplits: 1).first.map(String.init) ?? s
        let head10 = head.split(separator: "T", maxSplits: 1).first.map(String.init) ?? head
        if head10 != s, let iso = CalendarDate(iso: head10) { return iso }
        let fields = head10.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard fields.count == 3 else { return nil }
        if fields[0].count == 4, let y = Int(fields[0]), let m = monthNumber(fields[1]), let d = Int(fields[2]) {
            return CalendarDate(validatingYear: y, month: m, day: d)
        }
        guard fields[2].count == 4, let y = Int(fields[2]), let d = Int(fields[0]), fields[0].count <= 2,
              let m = monthNumber(fields[1]) else { return nil }
        return CalendarDate(validatingYear: y, month: m, day: d)
    }

    private static func monthNumber(_ text: String) -> Int? {
        if let n = Int(text), text.count <= 2 { return n }
        let key = text.lowercased()
        guard key.count >= 3 else { return nil }
        return months.firstIndex(of: String(key.prefix(3))).map { $0 + 1 }
    }
}
