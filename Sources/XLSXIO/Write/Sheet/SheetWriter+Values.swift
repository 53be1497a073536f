/// How each kind of value is encoded as a `<c>` element.
extension SheetWriter {
    @inline(__always)
    func writeNumber(_ d: Double, column: Int, style: Int) throws(XLSXError) {
        guard d.isFinite else {
            throw cellError(CellReference(row: currentRow, column: column), "the number is \(d); Excel cells hold only finite numbers")
        }
        openCell(column, style: style)
        spool.append("><v>")
        appendNumber(d)
        spool.append("</v></c>")
    }

    @inline(__always)
    func appendNumber(_ d: Double) {
        if d == d.rounded(.towardZero), abs(d) < 9_007_199_254_740_992 {
            spool.appendDecimal(Int(d))
        } else {
            spool.append(string: d.description)
        }
    }

    @inline(__always)
    func writeString(_ s: String, column: Int, style: Int) throws(XLSXError) {
        if s.utf8.count > WriteValue.maxStringLength, s.utf16.count > WriteValue.maxStringLength {
            throw cellError(CellReference(row: currentRow, column: column),
                            "the text has \(s.utf16.count) characters; Excel allows at most \(WriteValue.maxStringLength) in a cell")
        }
        var text = s
        text.withUTF8 { bytes in
            if let table = context.sharedStrings, let index = table.index(of: bytes) {
                openCell(column, style: style)
                spool.append(" t=\"s\"><v>")
                spool.appendDecimal(index)
                spool.append("</v></c>")
            } else {
                openCell(column, style: style)
                spool.append(XMLText.needsSpacePreserve(bytes) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>")
                XMLText.appendCellText(bytes) { spool.append($0) }
                spool.append("</t></is></c>")
            }
        }
    }

    func writeTemporal(serial: Double, kind: StyleRegistry.TemporalKind, column: Int, style: StyleID) throws(XLSXError) {
        let styled = context.styles.temporalStyle(for: style, kind: kind)
        try writeNumber(serial, column: column, style: styled.index)
    }

    func serial(for date: CalendarDate, column: Int) throws(XLSXError) -> Double {
        let system = context.options.dateSystem
        let earliest = system == .date1904 ? CalendarDate(year: 1904, month: 1, day: 1) : CalendarDate(year: 1900, month: 1, day: 1)
        guard date >= earliest, date <= CalendarDate(year: 9999, month: 12, day: 31),
              CalendarDate(validatingYear: date.year, month: date.month, day: date.day) != nil else {
            throw cellError(CellReference(row: currentRow, column: column),
                            "\(date) cannot be a date in Excel, which shows dates from \(earliest) to 9999-12-31; write it as text")
        }
        return system.serial(for: date)
    }

    func writeFormula(_ formula: String, cached: CellValue?, column: Int, style: Int) throws(XLSXError) {
        let body = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
        openCell(column, style: style)
        var value: String?
        switch cached {
        case nil, .empty?: spool.append(">")
        case .number(let d)?, .duration(let d)?:
            guard d.isFinite else { throw cellError(CellReference(row: currentRow, column: column), "the cached value is not a finite number") }
            spool.append(">")
            value = CellValue.numberText(d)
        case .dateTime(let t)?:
            spool.append(">")
            value = CellValue.numberText(context.options.dateSystem.serial(for: t.date, secondsOfDay: t.secondsOfDay))
        case .string(let s)?:
            spool.append(" t=\"str\">")
            value = XMLText.cellText(s)
        case .bool(let b)?:
            spool.append(" t=\"b\">")
            value = b ? "1" : "0"
        case .error(let e)?:
            spool.append(" t=\"e\">")
            value = XMLText.escaped(e)
        }
        spool.append("<f>")
        spool.append(string: XMLText.escaped(body))
        spool.append("</f>")
        if let value {
            spool.append("<v>")
            spool.append(string: value)
            spool.append("</v>")
        }
        spool.append("</c>")
        context.hasFormulas = true
    }
}
