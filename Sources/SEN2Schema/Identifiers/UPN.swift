import XLSXIO

/// A Unique Pupil Number: 13 characters, a check letter, the issuing LA's code, the school's
/// establishment number, the year of issue and a serial (item 1.7a, element `UPN`).
///
/// Reading normalises case and removes spaces, and accepts any text of the right shape (a
/// letter, eleven digits, then a digit or a letter), so that a wrong check letter or an unknown
/// LA code is kept as a value for the validator to report with a precise reason
/// (``checkLetterIsValid``, ``hasRecognisedLACode``, ``finalCharacterIsValid``).
public struct UPN: ItemValue, CustomStringConvertible {
    /// The 13 upper-case characters.
    public let text: String

    /// The letters a check letter or temporary-UPN letter may be: A–Z without I, O and S.
    static let alphabet = Array("ABCDEFGHJKLMNPQRTUVWXYZ".utf8)

    /// Creates a UPN from text of the right shape (spaces and lower case allowed).
    public init?(_ raw: String) {
        let bytes = Array(raw.utf8.filter { $0 != UInt8(ascii: " ") }.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 })
        guard bytes.count == 13, UPN.isLetter(bytes[0]),
              bytes[1...11].allSatisfy(UPN.isDigit),
              UPN.isDigit(bytes[12]) || UPN.isLetter(bytes[12]) else { return nil }
        text = String(decoding: bytes, as: UTF8.self)
    }

    /// Reads a value from a cell or XML text; nil when the text is not a valid spelling.
    public static func read(_ input: CellValue) -> UPN? {
        if case .string(let s) = input { return UPN(s) }
        return nil
    }

    /// The value as text.
    public var description: String { text }

    /// True for a temporary UPN (its last character is a letter).
    public var isTemporary: Bool { UPN.isLetter(text.utf8.last!) }

    /// Characters 2–4: the code of the LA that issued the UPN.
    public var laCode: String { String(text.dropFirst().prefix(3)) }

    /// True when characters 2–4 are a code that issues UPNs (CBDS rule 1530).
    public var hasRecognisedLACode: Bool { LocalAuthority.isUPNIssuer(laCode) }

    /// True when character 13 is a digit or a letter other than I, O and S (rule 1550).
    public var finalCharacterIsValid: Bool {
        let last = text.utf8.last!
        return UPN.isDigit(last) || UPN.alphabet.contains(last)
    }

    /// True when character 1 equals the check letter computed from characters 2–13 (rule 1510).
    public var checkLetterIsValid: Bool {
        UPN.checkLetter(forLast12: String(text.dropFirst())) == text.first
    }

    /// The check letter for the 12 characters that follow it, or nil when they are not
    /// eleven digits followed by a digit or a valid letter.
    ///
    /// Each character is weighted by its position (character 2 × 2 … character 13 × 13), a
    /// letter counting as its index in A–Z without I, O and S; the sum modulo 23 indexes the
    /// same alphabet.
    public static func checkLetter(forLast12 rest: String) -> Character? {
        let bytes = Array(rest.utf8)
        guard bytes.count == 12 else { return nil }
        var sum = 0
        for (offset, b) in bytes.enumerated() {
            let value: Int
            if isDigit(b) {
                value = Int(b - 48)
            } else if offset == 11, let index = alphabet.firstIndex(of: b) {
                value = index
            } else {
                return nil
            }
            sum += value * (offset + 2)
        }
        return Character(Unicode.Scalar(alphabet[sum % 23]))
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    static func isLetter(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
}
