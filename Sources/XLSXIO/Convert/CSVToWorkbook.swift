#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a CSV extract into a one-sheet workbook, streaming: one record in memory at a time.
///
/// Each field is typed by ``CSVFieldType``; the header row (when there is one) is bold,
/// always text, and frozen; columns are sized to their longest value. Nothing exists at the
/// destination until the whole workbook is written.
public struct CSVToWorkbook {
    /// The sheet's name.
    public var sheetName: String
    /// Treat the first record as a header.
    public var headerRow: Bool
    /// 1-based columns whose fields are always text.
    public var textColumns: Set<Int>
    /// The CSV's encoding; nil detects it.
    public var encoding: TextEncoding?
    /// How the workbook is written.
    public var options: WorkbookWriter.Options

    /// Widest column this sets, in characters; longer text wraps off the edge as in Excel.
    static let maximumWidth = 60.0

    /// Creates a converter.
    public init(sheetName: String = "Sheet1", headerRow: Bool = true, textColumns: Set<Int> = [],
                encoding: TextEncoding? = nil, options: WorkbookWriter.Options = .init()) {
        self.sheetName = sheetName
        self.headerRow = headerRow
        self.textColumns = textColumns
        self.encoding = encoding
        self.options = options
    }

    /// What a conversion wrote.
    public struct Summary: Hashable, Sendable {
        /// Records read, including the header.
        public var rows: Int
        /// Widest record, in fields.
        public var columns: Int
        /// The encoding the CSV was read as.
        public var encoding: TextEncoding
    }

    /// Converts `csvPath` into a workbook at `workbookPath`.
    ///
    /// - Throws: ``XLSXError`` naming the file and line for unreadable input (an unclosed
    ///   quote, too many rows or columns, a field over 32,767 characters), or when the output
    ///   exists and `options.overwrite` is false. No output is left behind on failure.
    @discardableResult
    public func convert(csvPath: String, to workbookPath: String) throws(XLSXError) -> Summary {
        try Self.refuseWorkbookInput(csvPath)
        let csv = try CSVReader(path: csvPath, encoding: encoding)
        let book = try WorkbookWriter(path: workbookPath, options: options)
        let sheet = try book.addSheet(named: sheetName)
        let header = book.style(.bold)
        let date = book.style(CellStyle(numberFormat: .ukDate))
        var widths: [Int] = []
        var rows = 0
        while let record = try csv.next() {
            rows += 1
            guard rows <= CellReference.maxRow else {
                throw XLSXError(code: .limitExceeded, file: csvPath, cell: "line \(csv.line)",
                                message: "the CSV has more than \(CellReference.maxRow) records, the most a sheet can hold")
            }
            guard record.count <= CellReference.maxColumn else {
                throw XLSXError(code: .limitExceeded, file: csvPath, cell: "line \(csv.line)",
                                message: "the record has \(record.count) fields; a sheet holds at most \(CellReference.maxColumn) columns")
            }
            if widths.count < record.count { widths += Array(repeating: 0, count: record.count - widths.count) }
            let isHeader = headerRow && rows == 1
            try sheet.startRow()
            for (k, field) in record.enumerated() where !field.isEmpty {
                let column = k + 1
                let type: CSVFieldType = isHeader || textColumns.contains(column) ? .text : CSVFieldType.classify(field)
                switch type {
                case .text:
                    widths[k] = max(widths[k], Self.displayLength(field))
                    do {
                        try sheet.write(.string(field), column: column, style: isHeader ? header : .standard)
                    } catch {
                        throw Self.located(error, csvPath: csvPath, line: csv.line)
                    }
                case .number:
                    widths[k] = max(widths[k], field.utf8.count)
                    try sheet.write(numeral: field, column: column)
                case .date(let day):
                    widths[k] = max(widths[k], 10)
                    try sheet.write(.date(day), column: column, style: date)
                }
            }
        }
        try sheet.endRow()
        for (k, length) in widths.enumerated() where length > 0 {
            try sheet.setColumnWidth(min(Self.maximumWidth, max(8.43, Double(length) + 2)), column: k + 1)
        }
        if headerRow && rows > 0 { sheet.freezePanes(rows: 1) }
        try book.finish()
        return Summary(rows: rows, columns: widths.count, encoding: csv.encoding)
    }

    /// Characters a field shows as (Unicode scalars; capped, since only the width needs it).
    @inline(__always)
    static func displayLength(_ text: String) -> Int {
        var n = 0
        for b in text.utf8 where b & 0xC0 != 0x80 {
            n += 1
            if n > Int(maximumWidth) { break }
        }
        return n
    }

    /// Adds the CSV line to an error about a cell, so the user can find the field.
    static func located(_ error: XLSXError, csvPath: String, line: Int) -> XLSXError {
        var e = error
        e.message += " (CSV line \(line) of \(csvPath))"
        return e
    }

    /// A workbook handed over as CSV would become one cell of binary noise; say so instead.
    static func refuseWorkbookInput(_ path: String) throws(XLSXError) {
        guard let f = fopen(path, "rb") else { return }
        defer { fclose(f) }
        var head = [UInt8](repeating: 0, count: 4)
        let n = fread(&head, 1, 4, f)
        if n == 4, (head[0] == 0x50 && head[1] == 0x4B && head[2] == 3 && head[3] == 4) || (head[0] == 0xD0 && head[1] == 0xCF) {
            throw XLSXError(code: .invalidValue, file: path,
                            message: "this is a workbook, not CSV; to make CSV from it, give an output ending in .csv")
        }
    }
}
