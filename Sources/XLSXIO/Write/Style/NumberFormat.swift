/// A number format: how a cell shows its number (`0.00`, `dd/mm/yyyy`, `@` for text).
///
/// Codes that match one of Excel's built-in formats are written by their built-in id, the
/// others as custom formats in the workbook's styles.
public struct NumberFormat: Hashable, Sendable, CustomStringConvertible {
    /// The format code, e.g. `#,##0.00`.
    public var code: String

    /// Creates a format from its code.
    public init(_ code: String) { self.code = code }

    /// The built-in id for this code, or nil for a custom format.
    public var builtInID: Int? { NumberFormat.builtInIDs[code] }

    /// What the format makes of a number when read back (date, time, plain …).
    public var kind: NumberFormatKind {
        builtInID.map(NumberFormatKind.builtIn) ?? NumberFormatKind.classify(formatCode: code)
    }

    /// The format code.
    public var description: String { code }

    /// General (id 0): what a cell shows with no format.
    public static let general = NumberFormat("General")
    /// Whole numbers, `0` (id 1).
    public static let integer = NumberFormat("0")
    /// Two decimal places, `0.00` (id 2).
    public static let twoDecimals = NumberFormat("0.00")
    /// Thousands separators, `#,##0` (id 3).
    public static let thousands = NumberFormat("#,##0")
    /// Percent, `0%` (id 9).
    public static let percent = NumberFormat("0%")
    /// Text, `@` (id 49): what is typed stays text.
    public static let text = NumberFormat("@")
    /// The UK date form `dd/mm/yyyy`, the default for dates.
    public static let ukDate = NumberFormat("dd/mm/yyyy")
    /// ISO 8601 dates, `yyyy-mm-dd`.
    public static let isoDate = NumberFormat("yyyy-mm-dd")
    /// UK date and time, `dd/mm/yyyy hh:mm:ss`, the default for date-times.
    public static let ukDateTime = NumberFormat("dd/mm/yyyy hh:mm:ss")
    /// Time of day, `hh:mm:ss`, the default for times.
    public static let time = NumberFormat("hh:mm:ss")
    /// Elapsed hours, `[h]:mm:ss` (id 46), the default for durations.
    public static let elapsed = NumberFormat("[h]:mm:ss")

    /// ECMA-376 §18.8.30 built-in formats that are the same in every locale.
    static let builtInIDs: [String: Int] = [
        "General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4,
        "0%": 9, "0.00%": 10, "0.00E+00": 11, "# ?/?": 12, "# ??/??": 13,
        "mm-dd-yy": 14, "d-mmm-yy": 15, "d-mmm": 16, "mmm-yy": 17,
        "h:mm AM/PM": 18, "h:mm:ss AM/PM": 19, "h:mm": 20, "h:mm:ss": 21, "m/d/yy h:mm": 22,
        "#,##0 ;(#,##0)": 37, "#,##0 ;[Red](#,##0)": 38, "#,##0.00;(#,##0.00)": 39, "#,##0.00;[Red](#,##0.00)": 40,
        "mm:ss": 45, "[h]:mm:ss": 46, "mmss.0": 47, "##0.0E+0": 48, "@": 49,
    ]
}
