/// One source the return was read from: a sheet, a CSV file, or an XML file, with the
/// column each item and link came from.
public struct SourceTable: Hashable, Sendable {
    /// What kind of file the source is.
    public enum Format: String, Hashable, Sendable {
        /// A worksheet of a workbook.
        case sheet
        /// A CSV file.
        case csv
        /// A COLLECT XML file.
        case xml
    }

    /// The file's path.
    public var file: String
    /// The sheet name (for ``Format/sheet``).
    public var sheet: String?
    /// The file's format.
    public var format: Format
    /// The table the source holds (nil for XML, which holds every table).
    public var table: Table?
    /// The 1-based row holding the headings.
    public var headerRow: Int
    /// The 1-based column of each item read from this source.
    public var columns: [Item: Int]
    /// The 1-based column of the record's own ID (`Person ID`, `Request ID`), if any.
    public var idColumn: Int?
    /// The 1-based column of the parent's ID, if any.
    public var parentIDColumn: Int?
    /// For a header laid out down the sheet (names in one column, values beside them): the
    /// row of each item. Values are then in ``valueColumn``.
    public var itemRows: [Item: Int] = [:]
    /// The column of the values of a header laid out down the sheet.
    public var valueColumn: Int?

    /// Creates a source.
    public init(file: String, sheet: String? = nil, format: Format, table: Table? = nil, headerRow: Int = 1,
                columns: [Item: Int] = [:], idColumn: Int? = nil, parentIDColumn: Int? = nil) {
        self.file = file
        self.sheet = sheet
        self.format = format
        self.table = table
        self.headerRow = headerRow
        self.columns = columns
        self.idColumn = idColumn
        self.parentIDColumn = parentIDColumn
    }
}
