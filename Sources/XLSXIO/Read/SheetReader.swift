/// Streams one worksheet's rows in file order with memory that does not grow with the sheet.
///
/// Rows with no cells are skipped by the file itself (they are simply absent); callers that
/// need a dense grid fill the gaps from ``Row/index``.
public final class SheetReader {
    /// The sheet being read.
    public let sheet: SheetInfo
    /// The workbook's path (for error messages).
    public let path: String
    let parser: SheetParser
    let xml: XMLPushParser?
    let entry: ZipEntryReader?
    let sharedStrings: SharedStringTable
    let formats: CellFormatTable
    let dateSystem: DateSystem
    private var nextRowPosition = 0
    private var finished = false
    private let chunk: UnsafeMutableRawBufferPointer

    init(workbook: Workbook, sheet: SheetInfo) throws(XLSXError) {
        self.sheet = sheet
        path = workbook.path
        parser = SheetParser()
        parser.maxRowBytes = workbook.archive.limits.maxRowBytes
        sharedStrings = try workbook.sharedStrings()
        formats = try workbook.cellFormats()
        dateSystem = workbook.dateSystem
        chunk = .allocate(byteCount: 64 * 1024, alignment: 16)
        if sheet.kind == .chartsheet || sheet.kind == .dialogsheet {
            // Chart and dialog sheets have no cells.
            xml = nil
            entry = nil
            finished = true
            return
        }
        do { entry = try workbook.archive.openEntry(sheet.part) } catch { chunk.deallocate(); throw XLSXError(error) }
        do { xml = try XMLPushParser(part: sheet.part, handler: parser) } catch {
            chunk.deallocate()
            throw XLSXError(error, file: path, sheet: sheet.name)
        }
    }

    deinit { chunk.deallocate() }

    /// Parses more of the sheet until at least one complete row is buffered or the sheet ends.
    private func fill() throws(XLSXError) -> Bool {
        if nextRowPosition < parser.rows.count { return true }
        if finished { return false }
        parser.compact()
        nextRowPosition = 0
        guard let entry, let xml else { finished = true; return false }
        while parser.rows.isEmpty {
            let n: Int
            do { n = try entry.read(into: chunk) } catch { throw XLSXError(error) }
            do {
                if n == 0 {
                    try xml.finish()
                    finished = true
                } else {
                    try xml.feed(UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
                }
            } catch {
                throw XLSXError(error, file: path, sheet: sheet.name)
            }
            if let problem = parser.problem {
                throw XLSXError(code: .malformedPart, file: path, part: sheet.part, sheet: sheet.name, cell: problem.cell,
                                message: problem.message)
            }
            if let row = parser.oversizedRow {
                throw XLSXError(code: .limitExceeded, file: path, part: sheet.part, sheet: sheet.name,
                                message: "row \(row) holds more than \(CellReference.maxColumn) cells or more than \(parser.maxRowBytes) bytes of text, which no real sheet does; the file was not read")
            }
            if finished { break }
        }
        return nextRowPosition < parser.rows.count
    }

    /// The next row, or nil at the end of the sheet.
    public func next() throws(XLSXError) -> Row? {
        guard try fill() else { return nil }
        let raw = parser.rows[nextRowPosition]
        nextRowPosition += 1
        var cells: [Cell] = []
        cells.reserveCapacity(raw.cellEnd - raw.cellStart)
        // Borrow the parser's buffers once per row rather than once per cell.
        let rawCells = parser.cells
        let strings = sharedStrings
        let kinds = formats.kinds
        try parser.text.withBufferTyped { (text) throws(XLSXError) in
            for k in raw.cellStart..<raw.cellEnd {
                let c = rawCells[k]
                let value = try SheetReader.value(of: c, text: text, strings: strings, kinds: kinds, dateSystem: dateSystem) {
                    self.error($0, at: CellReference(row: raw.index, column: Int(c.column)))
                }
                cells.append(Cell(column: Int(c.column), style: Int(c.style), value: value,
                                  formulaWithoutValue: c.hasFormula && value.isEmpty))
            }
        }
        return Row(index: raw.index, cells: cells)
    }

    /// Calls `body` for every remaining row. Stops early when `body` returns false.
    public func forEachRow(_ body: (Row) throws -> Bool) throws {
        while let row = try next() {
            if try !body(row) { break }
        }
    }

    /// Converts a raw cell, applying shared strings, number formats and the date system.
    @inline(__always)
    static func value(
        of c: RawCell, text all: UnsafeBufferPointer<UInt8>, strings: SharedStringTable, kinds: [NumberFormatKind],
        dateSystem: DateSystem, failure: (CellProblem) -> XLSXError
    ) throws(XLSXError) -> CellValue {
        guard c.hasValue else { return .empty }
        let bytes = UnsafeBufferPointer(rebasing: all[Int(c.textStart)..<Int(c.textEnd)])
        switch c.type {
        case .number:
            guard let d = NumberParsing.double(bytes) else {
                if bytes.isEmpty { return .empty }
                return .string(String(decoding: bytes, as: UTF8.self))
            }
            // 1e400 parses as infinity, which no cell can hold and JSON cannot write.
            guard d.isFinite else { throw failure(.notFinite(String(decoding: bytes, as: UTF8.self))) }
            let s = Int(c.style)
            return numeric(d, kind: s < kinds.count ? kinds[s] : .number, dateSystem: dateSystem)
        case .sharedString:
            guard let i = NumberParsing.integer(bytes), i < strings.count else {
                if bytes.isEmpty { return .empty }
                throw failure(.sharedStringOutOfRange(String(decoding: bytes, as: UTF8.self)))
            }
            return .string(strings.string(at: i))
        case .formulaString, .inlineString:
            return .string(String(decoding: bytes, as: UTF8.self))
        case .boolean:
            let b = bytes.first
            return .bool(b == UInt8(ascii: "1") || b == UInt8(ascii: "t") || b == UInt8(ascii: "T"))
        case .error:
            return .error(String(decoding: bytes, as: UTF8.self))
        case .isoDate:
            let s = String(decoding: bytes, as: UTF8.self)
            return ISODateParsing.parse(s).map(CellValue.dateTime) ?? .string(s)
        }
    }

    @inline(__always)
    static func numeric(_ d: Double, kind: NumberFormatKind, dateSystem: DateSystem) -> CellValue {
        switch kind {
        case .number: return .number(d)
        case .duration: return .duration(d)
        case .date: return dateSystem.dateTime(fromSerial: d, kind: .date).map(CellValue.dateTime) ?? .number(d)
        case .time:
            // A time format over a serial with a day part is a timestamp; keep the day.
            return dateSystem.dateTime(fromSerial: d, kind: d >= 1 ? .dateTime : .time).map(CellValue.dateTime) ?? .number(d)
        case .dateTime: return dateSystem.dateTime(fromSerial: d, kind: .dateTime).map(CellValue.dateTime) ?? .number(d)
        }
    }
}

/// Parses the ISO 8601 text of `t="d"` cells: `2021-03-04`, `2021-03-04T05:06:07(.fff)(Z)`, `05:06:07`.
enum ISODateParsing {
    static func parse(_ s: String) -> ExcelDateTime? {
        let parts = s.split(separator: "T", maxSplits: 1)
        if parts.count == 1 {
            if let d = CalendarDate(iso: parts[0]) { return ExcelDateTime(date: d, kind: .date) }
            if let t = seconds(parts[0]) { return ExcelDateTime(date: CalendarDate(year: 1899, month: 12, day: 31), secondsOfDay: t, kind: .time) }
            return nil
        }
        guard let d = CalendarDate(iso: parts[0]), let t = seconds(parts[1]) else { return nil }
        return ExcelDateTime(date: d, secondsOfDay: t, kind: .dateTime)
    }

    static func seconds(_ text: Substring) -> Int? {
        var t = text
        if t.hasSuffix("Z") { t = t.dropLast() }
        let fields = t.split(separator: ":")
        guard fields.count >= 2, fields.count <= 3,
              let h = Int(fields[0]), let m = Int(fields[1]), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        var sec = 0.0
        if fields.count == 3 { guard let v = Double(fields[2]), v >= 0, v < 61 else { return nil }; sec = v }
        return min(h * 3600 + m * 60 + Int(sec.rounded()), 86_399)
    }
}
