import XLSXIO

/// A yes/no indicator, written `1` (yes) or `0` (no) in the return.
///
/// Spreadsheets write these many ways; all of `1`/`0`, `Y`/`N`, `Yes`/`No`, `TRUE`/`FALSE`
/// and Excel booleans are read, and `1 – Yes` as the template's dropdown shows it.
public enum YesNo: String, SEN2Code {
    /// Yes.
    case yes = "1"
    /// No.
    case no = "0"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.yesNo
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<YesNo>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .yes: return "Yes"
        case .no: return "No"
        }
    }

    /// True for ``yes``.
    public var isYes: Bool { self == .yes }

    /// Creates the indicator for a Boolean.
    public init(_ value: Bool) { self = value ? .yes : .no }

    /// Reads a value from a cell or XML text; nil when the text is not a valid spelling.
    public static func read(_ input: CellValue) -> YesNo? {
        switch input {
        case .bool(let b): return YesNo(b)
        case .number(let d): return d == 1 ? .yes : d == 0 ? .no : nil
        case .string(let s):
            switch CodeText.matchKey(s) {
            case "1", "y", "yes", "true": return .yes
            case "0", "n", "no", "false": return .no
            default: return read(text: s)
            }
        default: return nil
        }
    }
}
