import XLSXIO

/// A school or setting's Unique Reference Number in Get Information about Schools (GIAS)
/// (items 4.7a and 5.7a, element `URN`). Its length is the one constant
/// ``SEN2Decisions/urnDigits``.
public struct URN: ItemValue, CustomStringConvertible {
    /// The digits.
    public let text: String

    /// Creates a URN from its digits.
    public init?(_ raw: String) {
        guard let t = DigitString.read(.string(raw), count: SEN2Decisions.urnDigits) else { return nil }
        text = t
    }

    /// Reads a value from a cell or XML text; nil when the text is not a valid spelling.
    public static func read(_ input: CellValue) -> URN? {
        DigitString.read(input, count: SEN2Decisions.urnDigits).flatMap(URN.init)
    }

    /// The value as text.
    public var description: String { text }
}
