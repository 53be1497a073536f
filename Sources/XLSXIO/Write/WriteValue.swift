/// A value to write into a cell.
///
/// Literals work where a value is expected: `try sheet.writeRow(["Name", 42, 3.5, true])`.
public enum WriteValue: Hashable, Sendable {
    /// No value: the cell is written only if it has a style other than the default.
    case empty
    /// A number (must be finite: Excel has no NaN or infinity).
    case number(Double)
    /// Text, at most 32,767 characters (Excel's limit), kept exactly.
    case string(String)
    /// TRUE or FALSE.
    case bool(Bool)
    /// A calendar date, written as a serial day number; shown `dd/mm/yyyy` unless the
    /// cell's style has a date format of its own.
    case date(CalendarDate)
    /// A date, time or date-time; its ``ExcelDateTime/kind`` picks the default format.
    case dateTime(ExcelDateTime)
    /// An elapsed time in days, shown `[h]:mm:ss` by default.
    case duration(Double)
    /// A formula (with or without the leading `=`) and, optionally, the value it last
    /// computed, which readers that do not calculate will show.
    case formula(String, cached: CellValue?)
    /// An error value: `#N/A`, `#DIV/0!`, `#VALUE!`, `#REF!`, `#NAME?`, `#NUM!` or `#NULL!`.
    case error(String)

    /// The value a reader produced, to be written back.
    public init(_ value: CellValue) {
        switch value {
        case .empty: self = .empty
        case .number(let d): self = .number(d)
        case .string(let s): self = .string(s)
        case .bool(let b): self = .bool(b)
        case .error(let e): self = .error(e)
        case .dateTime(let t): self = t.kind == .date ? .date(t.date) : .dateTime(t)
        case .duration(let d): self = .duration(d)
        }
    }

    /// The error values Excel knows.
    static let errorCodes: Set<String> = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]

    /// Excel's limit on the characters in a cell (UTF-16 code units, as Excel counts them).
    public static let maxStringLength = 32_767
}

extension WriteValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral {
    /// A string literal is ``string(_:)``.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer literal is ``number(_:)``.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A floating-point literal is ``number(_:)``.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// A Boolean literal is ``bool(_:)``.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
