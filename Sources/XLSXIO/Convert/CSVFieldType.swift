/// What a CSV field becomes in a workbook, by the rule chosen for this domain's identifiers:
/// a number only when it is a plain decimal numeral that a number cell gives back exactly;
/// a date only when it is an ISO `YYYY-MM-DD` day Excel can show; otherwise the text itself.
///
/// So UPNs, URNs, postcodes, `0012`, `01`, `1.50`, `1e5`, `+44…`, `TRUE` and `FALSE` stay text,
/// exactly as written, and `sen2xl cat` of the workbook prints every field as it was.
public enum CSVFieldType: Hashable, Sendable {
    /// Text, kept exactly.
    case text
    /// A number cell holding this value.
    case number(Double)
    /// A date cell (shown `dd/mm/yyyy`).
    case date(CalendarDate)

    /// Classifies one field.
    public static func classify(_ field: String) -> CSVFieldType {
        var copy = field
        return copy.withUTF8 { classify(bytes: $0) }
    }

    /// Classifies one field's UTF-8.
    @inline(__always)
    static func classify(bytes b: UnsafeBufferPointer<UInt8>) -> CSVFieldType {
        let n = b.count
        guard n > 0, n <= 24 else { return .text }
        let first = b[0]
        if first == UInt8(ascii: "-") || (first >= 48 && first <= 57) {
            if n == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") { return date(b) }
            return number(b)
        }
        return .text
    }

    private static func date(_ b: UnsafeBufferPointer<UInt8>) -> CSVFieldType {
        guard let d = CalendarDate(iso: String(decoding: b, as: UTF8.self)),
              d >= CalendarDate(year: 1900, month: 1, day: 1) else { return .text }
        return .date(d)
    }

    /// Powers of ten that a double holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?` whose value prints back as the same text.
    private static func number(_ b: UnsafeBufferPointer<UInt8>) -> CSVFieldType {
        let n = b.count
        var i = 0
        let negative = b[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        let integerStart = i
        var mantissa: UInt64 = 0
        var digits = 0
        var significant = 0
        while i < n, b[i] >= 48, b[i] <= 57 {
            mantissa = mantissa &* 10 &+ UInt64(b[i] - 48)
            digits += 1
            if mantissa != 0 { significant += 1 }
            i += 1
        }
        let integerDigits = i - integerStart
        guard integerDigits > 0, !(integerDigits > 1 && b[integerStart] == 48) else { return .text }
        var fractionDigits = 0
        if i < n {
            guard b[i] == UInt8(ascii: "."), i + 1 < n else { return .text }
            i += 1
            while i < n, b[i] >= 48, b[i] <= 57 {
                mantissa = mantissa &* 10 &+ UInt64(b[i] - 48)
                digits += 1
                if mantissa != 0 { significant += 1 }
                fractionDigits += 1
                i += 1
            }
            guard i == n, fractionDigits > 0 else { return .text }
        }
        // Fast path: up to 15 significant digits and a value between 1e-4 and 1e15 always
        // prints back as the digits written, unless the fraction ends in a zero.
        if digits <= 17, significant <= 15, fractionDigits <= 22, !(fractionDigits > 0 && b[n - 1] == 48) {
            let value = Double(mantissa) / exactPowersOfTen[fractionDigits]
            if value == 0 || (value >= 1e-4 && value < 1e15) {
                if value == 0 && (negative || fractionDigits > 0) { return .text }
                return .number(negative ? -value : value)
            }
        }
        let text = String(decoding: b, as: UTF8.self)
        guard let value = Double(text), value.isFinite, CellValue.numberText(value) == text else { return .text }
        return .number(value)
    }
}
