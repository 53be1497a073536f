import XLSXIO

/// A UK postcode (item 1.6, element `PostCode`), normalised to upper case with one space
/// before the final three characters.
///
/// Reading accepts the standard shapes (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA,
/// AA9A 9AA) with any spacing and case; anything else is kept raw for the validator.
public struct Postcode: ItemValue, CustomStringConvertible {
    /// The normalised postcode.
    public let text: String

    /// Creates a postcode from text of a standard shape.
    public init?(_ raw: String) {
        let bytes = Array(raw.utf8.filter { $0 != UInt8(ascii: " ") }.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 })
        guard (5...7).contains(bytes.count) else { return nil }
        let outward = bytes[0..<(bytes.count - 3)]
        let inward = bytes[(bytes.count - 3)...]
        guard Postcode.isDigit(inward[inward.startIndex]),
              Postcode.isLetter(inward[inward.startIndex + 1]), Postcode.isLetter(inward[inward.startIndex + 2]),
              Postcode.isOutward(Array(outward)) else { return nil }
        text = String(decoding: outward, as: UTF8.self) + " " + String(decoding: inward, as: UTF8.self)
    }

    /// Reads a value from a cell or XML text; nil when the text is not a valid spelling.
    public static func read(_ input: CellValue) -> Postcode? {
        if case .string(let s) = input { return Postcode(s) }
        return nil
    }

    /// The value as text.
    public var description: String { text }

    /// A9, A99, A9A, AA9, AA99, AA9A.
    private static func isOutward(_ b: [UInt8]) -> Bool {
        guard b.count >= 2, b.count <= 4, isLetter(b[0]) else { return false }
        let rest = isLetter(b[1]) ? Array(b[2...]) : Array(b[1...])
        guard let first = rest.first, isDigit(first), rest.count <= 2 else { return false }
        return rest.count == 1 || isDigit(rest[1]) || isLetter(rest[1])
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    private static func isLetter(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
}
