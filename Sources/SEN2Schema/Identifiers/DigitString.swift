import XLSXIO

/// Reads identifiers made of digits, which spreadsheets often store as numbers.
enum DigitString {
    /// The digits of `input` when they number exactly `count` (or lie in `count`), spaces
    /// removed; a cell holding a whole number counts as its digits. Leading zeros a number
    /// cell has lost are not restored: an identifier must be typed as text to keep them.
    static func read(_ input: CellValue, count: ClosedRange<Int>) -> String? {
        let raw: String
        switch input {
        case .string(let s): raw = s
        case .number(let d):
            guard d >= 0, d == d.rounded() else { return nil }
            raw = input.text
        default: return nil
        }
        let bytes = raw.utf8.filter { $0 != UInt8(ascii: " ") }
        guard count.contains(bytes.count), bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
