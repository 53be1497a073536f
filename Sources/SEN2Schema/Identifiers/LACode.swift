import XLSXIO

/// A 3-digit local authority code (CBDS N00216) as written in `LEA`, `TransferLA` and
/// `Exported`, or the "unknown or outside the UK" code ``SEN2Decisions/unknownLACode``.
///
/// Reading accepts any three digits so that a code that is not an English authority is kept
/// for the validator to report (``isCurrentEnglishLA``).
public struct LACode: ItemValue, CustomStringConvertible {
    /// The three digits, or the unknown-LA code.
    public let text: String

    /// Creates a code from three digits or the unknown-LA code.
    public init?(_ raw: String) {
        let t = raw.trimmingSpaces.uppercased()
        if t == SEN2Decisions.unknownLACode { text = t; return }
        guard let digits = DigitString.read(.string(t), count: 3...3) else { return nil }
        text = digits
    }

    /// Reads a value from a cell or XML text; nil when the text is not a valid spelling.
    public static func read(_ input: CellValue) -> LACode? {
        switch input {
        case .string(let s):
            // The template's dropdown writes `202 – Camden`; its Guide says the label alone
            // (`Camden`) is enough, as it is for every other code set.
            return LACode(s) ?? CodeText.leadingCode(of: s).flatMap(LACode.init)
                ?? LocalAuthority.withName(s).flatMap { LACode($0.code) }
        case .number(let d):
            guard d >= 1, d <= 999, d == d.rounded() else { return nil }
            let n = Int(d)
            return LACode(n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)")
        default: return nil
        }
    }

    /// The value as text.
    public var description: String { text }

    /// True for the unknown-LA code.
    public var isUnknown: Bool { text == SEN2Decisions.unknownLACode }

    /// True when the code is an English authority that exists today.
    public var isCurrentEnglishLA: Bool { LocalAuthority.isCurrent(text) }

    /// The authority, when the code is an English one.
    public var authority: LocalAuthority? { LocalAuthority.named(text) }
}
