import Testing
@testable import XLSXIO

/// The CSV typing rule: numbers only for plain numerals that read back exactly, ISO dates,
/// everything else text.
@Suite("CSV field typing")
struct CSVFieldTypeTests {
    @Test("plain numerals become numbers", arguments: [
        ("0", 0.0), ("7", 7), ("-4", -4), ("42", 42), ("3.5", 3.5), ("0.1", 0.1), ("-0.25", -0.25), ("741.5505", 741.5505),
        ("123456789012345", 123_456_789_012_345), ("9007199254740991", 9_007_199_254_740_991), ("0.0001", 0.0001),
    ])
    func numbers(text: String, value: Double) {
        #expect(CSVFieldType.classify(text) == .number(value))
    }

    @Test("identifiers and anything that would not read back exactly stay text", arguments: [
        "0012", "01", "00", "-0", "1.50", "1.0", "2.", ".5", "+5", "1e5", "1E-3", "1,000", " 5", "5 ", "0x1F", "NaN", "inf",
        "12345678901234567", "0.00001", "A123456789012", "N4 2AB", "TRUE", "FALSE", "true", "-", "", "1-2", "--1",
        "2023-02-30", "1899-12-31", "2024-1-05", "2024/01/05",
    ])
    func text(text: String) {
        #expect(CSVFieldType.classify(text) == .text)
    }

    @Test("ISO dates Excel can show become dates", arguments: [
        ("1900-01-01", CalendarDate(year: 1900, month: 1, day: 1)), ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29)),
        ("9999-12-31", CalendarDate(year: 9999, month: 12, day: 31)),
    ])
    func dates(text: String, day: CalendarDate) {
        #expect(CSVFieldType.classify(text) == .date(day))
    }

    @Test("the fast path agrees with printing the value back, for many decimals")
    func fastPathAgrees() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        for _ in 0..<20_000 {
            let digits = Int(next() % 17) + 1
            let scale = Int(next() % UInt64(digits + 6))
            var mantissa = String(next() % 100_000_000_000_000_000)
            mantissa = String(mantissa.prefix(digits))
            let text: String
            if scale == 0 {
                text = mantissa
            } else if scale < mantissa.count {
                text = String(mantissa.dropLast(scale)) + "." + String(mantissa.suffix(scale))
            } else {
                text = "0." + String(repeating: "0", count: scale - mantissa.count) + mantissa
            }
            let expected: CSVFieldType
            if let d = Double(text), CellValue.numberText(d) == text, !(text.count > 1 && text.hasPrefix("0") && !text.hasPrefix("0.")) {
                expected = .number(d)
            } else {
                expected = .text
            }
            #expect(CSVFieldType.classify(text) == expected, "\(text)")
        }
    }
}
