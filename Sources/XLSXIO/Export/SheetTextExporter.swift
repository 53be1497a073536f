/// Writes sheets as RFC 4180 CSV or as the `{"sheets":[…]}` JSON shape that `sen2xl cat`
/// prints, streaming row by row.
///
/// Text forms are those of ``CellValue/text``: numbers in shortest round-trip form, booleans
/// `TRUE`/`FALSE` in CSV and JSON booleans in JSON, dates `YYYY-MM-DD`, date-times
/// `YYYY-MM-DDTHH:MM:SS`, times `HH:MM:SS`, errors as written (`#N/A`).
public struct SheetTextExporter {
    /// The output format.
    public enum Format: String, Sendable, CaseIterable {
        /// Comma-separated values, UTF-8, CRLF line ends, quoted where needed.
        case csv
        /// `{"sheets":[{"name":"…","rows":[[…],…]}]}`.
        case json
    }

    /// The format to write.
    public var format: Format

    /// Creates an exporter.
    public init(format: Format) { self.format = format }

    /// Writes one sheet as CSV. Rows absent from the file become empty lines (trailing empty
    /// rows are left out); each row is
    /// padded to the sheet's declared `<dimension>` width when there is one, so that a CSV
    /// with trailing empty fields survives a round trip.
    public func writeCSV(_ reader: SheetReader, width: Int?, to sink: ByteSink) throws(XLSXError) {
        var nextRow = 1
        while let row = try reader.next() {
            // Rows that hold only styled, empty cells are written only if a later row has values.
            if row.lastNonEmptyPosition < 0 { continue }
            while nextRow < row.index {
                try writeCSVPadding(upTo: width, from: 0, to: sink)
                try sink.write(byte: 13); try sink.write(byte: 10)
                nextRow += 1
            }
            var column = 1
            for cell in row.cells.prefix(through: row.lastNonEmptyPosition) {
                while column < cell.column {
                    if column > 1 { try sink.write(byte: UInt8(ascii: ",")) }
                    column += 1
                }
                if column > 1 { try sink.write(byte: UInt8(ascii: ",")) }
                try writeCSVField(cell.value.text, to: sink)
                column += 1
            }
            try writeCSVPadding(upTo: width, from: column - 1, to: sink)
            try sink.write(byte: 13); try sink.write(byte: 10)
            nextRow = row.index + 1
        }
    }

    /// Writes `sheet` of `book` as CSV, each row padded to the sheet's declared width. This is
    /// what `sen2xl cat` and `sen2xl convert … -o FILE.csv` both run.
    public func writeCSV(of sheet: SheetInfo, in book: Workbook, to sink: ByteSink) throws(XLSXError) {
        let reader = try book.openSheet(sheet)
        let width = try book.dimension(of: sheet).flatMap(DimensionRef.lastColumn)
        try writeCSV(reader, width: width, to: sink)
    }

    private func writeCSVPadding(upTo width: Int?, from written: Int, to sink: ByteSink) throws(XLSXError) {
        guard let width, written < width else { return }
        for k in written..<width where k > 0 { _ = k; try sink.write(byte: UInt8(ascii: ",")) }
    }

    @inline(__always)
    func writeCSVField(_ text: String, to sink: ByteSink) throws(XLSXError) {
        var t = text
        try t.withUTF8Typed { (b) throws(XLSXError) in
            var needsQuotes = false
            for c in b where c == UInt8(ascii: ",") || c == UInt8(ascii: "\"") || c == 10 || c == 13 {
                needsQuotes = true
                break
            }
            if !needsQuotes { try sink.write(b); return }
            try sink.write(byte: UInt8(ascii: "\""))
            var start = 0
            for i in 0..<b.count where b[i] == UInt8(ascii: "\"") {
                try sink.write(UnsafeBufferPointer(rebasing: b[start...i]))
                try sink.write(byte: UInt8(ascii: "\""))
                start = i + 1
            }
            try sink.write(UnsafeBufferPointer(rebasing: b[start...]))
            try sink.write(byte: UInt8(ascii: "\""))
        }
    }

    /// Writes the JSON document for `sheets`, each read by `open`.
    public func writeJSON(sheets: [(name: String, reader: SheetReader)], to sink: ByteSink) throws(XLSXError) {
        try sink.write("{\"sheets\":[")
        for (n, sheet) in sheets.enumerated() {
            if n > 0 { try sink.write(byte: UInt8(ascii: ",")) }
            try sink.write("{\"name\":")
            try JSONText.writeString(sheet.name, to: sink)
            try sink.write(",\"rows\":[")
            var nextRow = 1
            while let row = try sheet.reader.next() {
                if row.lastNonEmptyPosition < 0 { continue }
                while nextRow < row.index {
                    try sink.write(nextRow > 1 ? ",[]" : "[]")
                    nextRow += 1
                }
                if row.index > 1 { try sink.write(byte: UInt8(ascii: ",")) }
                try sink.write(byte: UInt8(ascii: "["))
                var column = 1
                for cell in row.cells.prefix(through: row.lastNonEmptyPosition) {
                    while column < cell.column {
                        try sink.write(column > 1 ? ",null" : "null")
                        column += 1
                    }
                    if column > 1 { try sink.write(byte: UInt8(ascii: ",")) }
                    try writeJSONValue(cell.value, to: sink)
                    column += 1
                }
                try sink.write(byte: UInt8(ascii: "]"))
                nextRow = row.index + 1
            }
            try sink.write("]}")
        }
        try sink.write("]}\n")
    }

    func writeJSONValue(_ value: CellValue, to sink: ByteSink) throws(XLSXError) {
        switch value {
        case .empty: try sink.write("null")
        case .number(let d): try sink.write(CellValue.numberText(d))
        case .bool(let b): try sink.write(b ? "true" : "false")
        case .string(let s): try JSONText.writeString(s, to: sink)
        default: try JSONText.writeString(value.text, to: sink)
        }
    }
}

/// JSON string escaping.
public enum JSONText {
    /// Writes `s` as a JSON string literal.
    public static func writeString(_ s: String, to sink: ByteSink) throws(XLSXError) {
        var t = s
        try t.withUTF8Typed { (b) throws(XLSXError) in
            try sink.write(byte: UInt8(ascii: "\""))
            var start = 0
            for i in 0..<b.count {
                let c = b[i]
                guard c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") else { continue }
                if start < i { try sink.write(UnsafeBufferPointer(rebasing: b[start..<i])) }
                switch c {
                case UInt8(ascii: "\""): try sink.write("\\\"")
                case UInt8(ascii: "\\"): try sink.write("\\\\")
                case 10: try sink.write("\\n")
                case 13: try sink.write("\\r")
                case 9: try sink.write("\\t")
                default: try sink.write("\\u00" + String(c >> 4, radix: 16) + String(c & 0xF, radix: 16))
                }
                start = i + 1
            }
            if start < b.count { try sink.write(UnsafeBufferPointer(rebasing: b[start...])) }
            try sink.write(byte: UInt8(ascii: "\""))
        }
    }

    /// `s` as a JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += "\\u00" + String(u.value >> 4, radix: 16) + String(u.value & 0xF, radix: 16) }
                else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
