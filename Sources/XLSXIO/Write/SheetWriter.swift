/// Streams one worksheet's rows to disk, and collects its layout (widths, panes, merges,
/// validations, notes …) for when the workbook is finished.
///
/// Rows go out in ascending order and cells left to right, as the file format requires;
/// only the current row is in memory. Get one from ``WorkbookWriter/addSheet(named:)``.
///
///     let sheet = try book.addSheet(named: "Data")
///     try sheet.writeRow(["UPN", "Name", "Date of birth"], style: bold)
///     try sheet.writeRow([.string("A123456789012"), "Sam", .date(dob)])
///     sheet.freezePanes(rows: 1)
public final class SheetWriter {
    /// The sheet's name.
    public let name: String
    /// Visible, hidden (the user can unhide it) or very hidden (only code can).
    public var state: SheetInfo.State {
        get { settings.state }
        set { settings.state = newValue }
    }
    /// The colour of the sheet's tab, or nil for none.
    public var tabColor: Color? {
        get { settings.tabColor }
        set { settings.tabColor = newValue }
    }

    let context: WorkbookContext
    let spool: SpoolFile
    /// 0-based position in the workbook's tab order.
    let position: Int
    var settings = SheetSettings()
    /// The 1-based number of the current row, or of the last one written (0 before any).
    public private(set) var currentRow = 0
    private var rowActive = false
    private var rowTagWritten = false
    private var rowHeight: Double?
    private var rowHidden = false
    private var lastColumn = 0
    private var rowDigits: (UInt64, UInt64) = (0, 0)
    private var rowDigitCount = 0
    private var columnLetters: [UInt32] = [0]
    private var usedFirstColumn = Int.max
    private var usedLastColumn = 0
    private var usedFirstRow = 0
    private var lastRowWithCells = 0

    init(name: String, context: WorkbookContext, part: String, position: Int) throws(XLSXError) {
        self.name = name
        self.context = context
        self.position = position
        spool = try SpoolFile(folder: context.folder, label: part, destination: context.destination, reservedHead: 64 * 1024)
    }

    // MARK: Rows

    /// Starts a row, ending the previous one.
    ///
    /// - Parameters:
    ///   - index: the 1-based row number; nil for the row after the last. Must be greater than
    ///     any row already written.
    ///   - height: the row height in points (0–409), or nil for the default.
    ///   - hidden: hide the row.
    public func startRow(_ index: Int? = nil, height: Double? = nil, hidden: Bool = false) throws(XLSXError) {
        try checkOpen()
        try endRow()
        let next = index ?? currentRow + 1
        guard next > currentRow, next <= CellReference.maxRow else {
            throw cellError(nil, next <= currentRow
                ? "row \(next) comes after row \(currentRow) was written; rows must be written in ascending order"
                : "row \(next) is past the last row a sheet can have (\(CellReference.maxRow))")
        }
        if let height, !(0...409).contains(height) {
            throw cellError(nil, "row \(next) has height \(height); Excel allows 0 to 409 points")
        }
        currentRow = next
        rowActive = true
        rowTagWritten = false
        rowHeight = height
        rowHidden = hidden
        lastColumn = 0
        if let height, settings.rowHeights.count < SheetSettings.rememberedRowHeights { settings.rowHeights[next] = height }
        setRowDigits(next)
    }

    /// Ends the current row, if one is open. Starting another row or finishing the workbook
    /// also ends it.
    public func endRow() throws(XLSXError) {
        guard rowActive else { return }
        rowActive = false
        if rowTagWritten {
            spool.append("</row>")
        } else if rowHeight != nil || rowHidden {
            writeRowTag(selfClosing: true)
        }
        if let failure = spool.failure { throw failure }
    }

    /// Writes a whole row: the values in columns 1, 2, 3 … of the next row.
    public func writeRow(_ values: [WriteValue], style: StyleID = .standard, height: Double? = nil) throws(XLSXError) {
        try startRow(height: height)
        for value in values { try write(value, style: style) }
        try endRow()
    }

    /// Writes a whole row with a style per value (`styles` shorter than `values` leaves the
    /// rest in the default style).
    public func writeRow(_ values: [WriteValue], styles: [StyleID], height: Double? = nil) throws(XLSXError) {
        try startRow(height: height)
        for (i, value) in values.enumerated() { try write(value, style: i < styles.count ? styles[i] : .standard) }
        try endRow()
    }

    /// Writes a value in the next column of the current row.
    @inline(__always)
    public func write(_ value: WriteValue, style: StyleID = .standard) throws(XLSXError) {
        try write(value, column: lastColumn + 1, style: style)
    }

    /// Writes a value with a style given by value (looked up in the workbook's style table).
    public func write(_ value: WriteValue, style: CellStyle) throws(XLSXError) {
        try write(value, column: lastColumn + 1, style: context.styles.id(for: style))
    }

    /// Writes a value in 1-based `column` of the current row, right of any cell already
    /// written in it.
    ///
    /// An empty string is written as a blank cell (only its style, if any, is kept).
    ///
    /// - Throws: ``XLSXError`` naming the sheet and cell for a column out of order, a string
    ///   over 32,767 characters, a number that is not finite, a date Excel cannot show, or an
    ///   unknown error value.
    public func write(_ value: WriteValue, column: Int, style: StyleID = .standard) throws(XLSXError) {
        try claim(column)
        switch value {
        case .empty:
            guard style.index != 0 else { return }
            openCell(column, style: style.index)
            spool.append("/>")
        case .number(let d):
            try writeNumber(d, column: column, style: style.index)
        case .string(let s) where s.isEmpty:
            // Empty text is a blank cell: spreadsheet applications do not keep an empty string
            // (LibreOffice drops it on load), so writing one would not read back the same.
            guard style.index != 0 else { return }
            openCell(column, style: style.index)
            spool.append("/>")
        case .string(let s):
            try writeString(s, column: column, style: style.index)
        case .bool(let b):
            openCell(column, style: style.index)
            spool.append(b ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>")
        case .date(let date):
            try writeTemporal(serial: try serial(for: date, column: column), kind: .date, column: column, style: style)
        case .dateTime(let t):
            let serial = t.kind == .time ? Double(t.secondsOfDay) / 86_400 : try self.serial(for: t.date, column: column) + Double(t.secondsOfDay) / 86_400
            let kind: StyleRegistry.TemporalKind = t.kind == .date ? .date : t.kind == .time ? .time : .dateTime
            try writeTemporal(serial: serial, kind: kind, column: column, style: style)
        case .duration(let days):
            try writeTemporal(serial: days, kind: .duration, column: column, style: style)
        case .formula(let formula, let cached):
            try writeFormula(formula, cached: cached, column: column, style: style.index)
        case .error(let code):
            guard WriteValue.errorCodes.contains(code) else {
                throw cellError(CellReference(row: currentRow, column: column), "\(code) is not an Excel error value")
            }
            openCell(column, style: style.index)
            spool.append(" t=\"e\"><v>")
            spool.append(string: code)
            spool.append("</v></c>")
        }
    }

    /// Writes a number given as its shortest round-trip text (what `CellValue.numberText`
    /// gives for a finite value, as ``CSVFieldType`` guarantees for the numerals it accepts),
    /// skipping the float formatting that otherwise dominates numeric cells.
    func write(numeral text: String, column: Int) throws(XLSXError) {
        try claim(column)
        openCell(column, style: 0)
        spool.append("><v>")
        spool.append(string: text)
        spool.append("</v></c>")
    }

    /// Checks that a row is open and `column` is right of the cells already written in it.
    @inline(__always)
    private func claim(_ column: Int) throws(XLSXError) {
        guard rowActive else {
            try checkOpen()
            throw cellError(nil, "no row is open; call startRow() or writeRow() first")
        }
        guard column > lastColumn, column <= CellReference.maxColumn else {
            throw cellError(CellReference(row: currentRow, column: column), column <= lastColumn
                ? "cells must be written left to right; column \(CellReference.columnLetters(lastColumn)) was already written"
                : "column \(column) is past the last column a sheet can have (XFD)")
        }
        lastColumn = column
    }

    /// Writes `<c r="B7"` and ` s="N"`, opening the row first if this is its first cell.
    @inline(__always)
    func openCell(_ column: Int, style: Int) {
        if !rowTagWritten { writeRowTag(selfClosing: false) }
        if column < usedFirstColumn { usedFirstColumn = column }
        if column > usedLastColumn { usedLastColumn = column }
        spool.append("<c r=\"")
        appendColumnLetters(column)
        withUnsafeBytes(of: &rowDigits) { raw in
            spool.append(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: rowDigitCount))
        }
        if style != 0 {
            spool.append("\" s=\"")
            spool.appendDecimal(style)
        }
        spool.append(UInt8(ascii: "\""))
    }

    private func writeRowTag(selfClosing: Bool) {
        rowTagWritten = !selfClosing
        if usedFirstRow == 0 && !selfClosing { usedFirstRow = currentRow }
        spool.append("<row r=\"")
        spool.appendDecimal(currentRow)
        spool.append("\"")
        if let rowHeight {
            spool.append(" ht=\"")
            spool.append(string: CellValue.numberText(rowHeight))
            spool.append("\" customHeight=\"1\"")
        }
        if rowHidden { spool.append(" hidden=\"1\"") }
        spool.append(selfClosing ? "/>" : ">")
        if !selfClosing { lastRowWithCells = currentRow }
    }

    private func setRowDigits(_ row: Int) {
        var digits: (UInt64, UInt64) = (0, 0)
        var n = 0
        var v = row
        repeat {
            n += 1
            v /= 10
        } while v > 0
        withUnsafeMutableBytes(of: &digits) { raw in
            var v = row
            for i in stride(from: n - 1, through: 0, by: -1) {
                raw[i] = UInt8(v % 10) + 48
                v /= 10
            }
        }
        rowDigits = digits
        rowDigitCount = n
    }

    @inline(__always)
    private func appendColumnLetters(_ column: Int) {
        if column >= columnLetters.count { extendColumnLetters(to: column) }
        let packed = columnLetters[column]
        spool.append(UInt8(truncatingIfNeeded: packed))
        if packed > 0xFF { spool.append(UInt8(truncatingIfNeeded: packed >> 8)) }
        if packed > 0xFFFF { spool.append(UInt8(truncatingIfNeeded: packed >> 16)) }
    }

    private func extendColumnLetters(to column: Int) {
        for c in columnLetters.count...column {
            var packed: UInt32 = 0
            for (i, b) in CellReference.columnLetters(c).utf8.enumerated() { packed |= UInt32(b) << (8 * UInt32(i)) }
            columnLetters.append(packed)
        }
    }

    // MARK: Helpers

    func checkOpen() throws(XLSXError) {
        if context.isFinished { throw context.error("the workbook has already been written", sheet: name) }
    }

    func cellError(_ cell: CellReference?, _ message: String) -> XLSXError {
        context.error(message, sheet: name, cell: cell?.description)
    }

    /// The range of cells written so far, `A1` for an empty sheet.
    var dimension: String {
        guard usedLastColumn > 0, usedFirstRow > 0 else { return "A1" }
        return CellRange(CellReference(row: usedFirstRow, column: usedFirstColumn),
                         CellReference(row: lastRowWithCells, column: usedLastColumn)).description
    }
}
