import XLSXIO

/// A UK Provider Reference Number: 8 digits, issued values beginning with 1 (items 4.7b
/// and 5.7b, element `UKPRN`).
public struct UKPRN: ItemValue, CustomStringConvertible {
    /// The 8 digits.
    public let text: String

    /// Creates a UKPRN from 8 digits beginning with 1.
    public init?(_ raw: String) {
        guard let t = DigitString.read(.string(raw), count: 8...8), t.first == "1" else { return nil }
        text = t
    }

    /// Reads a value from a cell or XML text; nil when the text is not a valid spelling.
    public static func read(_ input: CellValue) -> UKPRN? {
        DigitString.read(input, count: 8...8).flatMap(UKPRN.init)
    }

    /// The value as text.
    public var description: String { text }
}
