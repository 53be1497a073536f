/// The value of one cell, as a reader of the workbook would see it.
public enum CellValue: Hashable, Sendable {
    /// No value (the cell exists only to carry a style, or not at all).
    case empty
    /// A number. Integers up to 2^53 are exact.
    case number(Double)
    /// Text, with whitespace kept exactly and `_xHHHH_` escapes decoded.
    case string(String)
    /// A boolean.
    case bool(Bool)
    /// An error value such as `#N/A` or `#DIV/0!`.
    case error(String)
    /// A date, time or date-time (a number with a date/time format, or an ISO `t="d"` cell).
    case dateTime(ExcelDateTime)
    /// An elapsed time in days (a number with an `[h]:mm` style format).
    case duration(Double)

    /// True for ``empty``.
    public var isEmpty: Bool { if case .empty = self { return true } else { return false } }

    /// The text form used by `sen2xl cat`: numbers in shortest round-trip form (integers
    /// without a decimal point), `TRUE`/`FALSE`, errors as written, dates as ISO 8601 text,
    /// durations as `[h]:mm:ss`.
    public var text: String {
        switch self {
        case .empty: return ""
        case .number(let d): return CellValue.numberText(d)
        case .string(let s): return s
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .error(let e): return e
        case .dateTime(let t): return t.description
        case .duration(let days): return CellValue.durationText(days)
        }
    }

    /// Shortest text that reads back as the same `Double`; integral values without `.0`.
    public static func numberText(_ d: Double) -> String {
        if d == d.rounded(.towardZero), abs(d) < 9_007_199_254_740_992 {
            return String(Int64(d))
        }
        return d.description
    }

    /// `H:MM:SS` with hours that may exceed 24, as Excel shows `[h]:mm:ss`.
    public static func durationText(_ days: Double) -> String {
        let total = Int((days * 86_400).rounded())
        let sign = total < 0 ? "-" : ""
        let t = abs(total)
        return sign + String(t / 3600) + ":" + pad(t / 60 % 60, 2) + ":" + pad(t % 60, 2)
    }
}

/// One cell of a row.
public struct Cell: Hashable, Sendable {
    /// 1-based column number.
    public var column: Int
    /// The cell-format index (the `s` attribute), 0 when absent.
    public var style: Int
    /// The value.
    public var value: CellValue
    /// True when the cell holds a formula but no saved result (a file written by a program
    /// and never recalculated): ``value`` is then `.empty`, though the cell is not blank.
    public var formulaWithoutValue: Bool

    /// Creates a cell.
    public init(column: Int, style: Int = 0, value: CellValue, formulaWithoutValue: Bool = false) {
        self.column = column
        self.style = style
        self.value = value
        self.formulaWithoutValue = formulaWithoutValue
    }
}

/// One row of a sheet, owning its values.
public struct Row: Hashable, Sendable {
    /// 1-based row number.
    public var index: Int
    /// The row's cells in ascending column order; missing cells are absent.
    public var cells: [Cell]

    /// Creates a row.
    public init(index: Int, cells: [Cell]) {
        self.index = index
        self.cells = cells
    }

    /// Position in ``cells`` of the last cell with a value, or -1 when every cell is empty
    /// (cells that only carry a style do not count).
    public var lastNonEmptyPosition: Int {
        cells.lastIndex { !$0.value.isEmpty } ?? -1
    }

    /// The value in 1-based column `column`, or ``CellValue/empty``.
    public subscript(column column: Int) -> CellValue {
        // Rows are short, so a linear scan is cheaper than building an index.
        for c in cells where c.column == column { return c.value }
        return .empty
    }
}
