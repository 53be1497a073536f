import XLSXIO

/// Where a value is in the user's files: a cell of a sheet, a field of a CSV line, or a line
/// of an XML file. Findings carry one so that they can be written back to the exact cell.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's path.
    public var file: String
    /// The sheet (workbooks only).
    public var sheet: String?
    /// The 1-based row (sheet row, CSV line or XML line), when known.
    public var row: Int?
    /// The 1-based column, when the item's column is known.
    public var column: Int?
    /// The XML element (XML sources only).
    public var element: String?

    /// Creates a location.
    public init(file: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil, element: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.element = element
    }

    /// The A1 reference of the cell, when both row and column are known.
    public var cell: String? {
        guard let row, let column, row > 0, column > 0 else { return nil }
        return CellReference(row: row, column: column).description
    }

    /// `file, sheet 'Persons', cell C7`, `file, line 12, column 3` or `file, line 40 <UPN>`.
    public var description: String {
        var text = file
        if let sheet { text += ", sheet '\(sheet)'" }
        if sheet != nil, let cell {
            text += ", cell \(cell)"
        } else if let row, row > 0 {
            text += sheet != nil ? ", row \(row)" : ", line \(row)"
            if let column, element == nil { text += ", column \(column)" }
        }
        if let element { text += " <\(element)>" }
        return text
    }
}
