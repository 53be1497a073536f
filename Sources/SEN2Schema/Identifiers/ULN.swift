import XLSXIO

/// A Unique Learner Number: 10 digits, the last a check digit (item 1.7b, element
/// `UniqueLearnerNumber`).
///
/// Reading accepts any 10 digits (spaces removed, or a whole number from a cell) so that a
/// wrong check digit is kept for the validator to report (``checkDigitIsValid``).
public struct ULN: ItemValue, CustomStringConvertible {
    /// The 10 digits.
    public let text: String

    /// Creates a ULN from 10 digits (spaces allowed).
    public init?(_ raw: String) {
        let bytes = Array(raw.utf8.filter { $0 != UInt8(ascii: " ") })
        guard bytes.count == 10, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        text = String(decoding: bytes, as: UTF8.self)
    }

    /// Reads a value from a cell or XML text; nil when the text is not a valid spelling.
    public static func read(_ input: CellValue) -> ULN? {
        switch input {
        case .string(let s): return ULN(s)
        case .number: return ULN(input.text)
        default: return nil
        }
    }

    /// The value as text.
    public var description: String { text }

    /// True when the first digit is 1–9 and the check digit matches (ESFA's algorithm):
    /// the first nine digits weighted 10 down to 2, summed, modulo 11; a remainder of 0 is
    /// never valid, otherwise the check digit is 10 minus the remainder.
    public var checkDigitIsValid: Bool {
        let digits = text.utf8.map { Int($0 - 48) }
        guard digits[0] != 0 else { return false }
        guard let check = ULN.checkDigit(forFirst9: String(text.prefix(9))) else { return false }
        return check == digits[9]
    }

    /// The check digit for nine leading digits, or nil when no digit can make them valid.
    public static func checkDigit(forFirst9 first9: String) -> Int? {
        let digits = first9.utf8.map { Int($0) - 48 }
        guard digits.count == 9, digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
        var sum = 0
        for (i, d) in digits.enumerated() { sum += d * (10 - i) }
        let r = sum % 11
        guard r != 0 else { return nil }
        let check = 10 - r
        return check
    }
}
