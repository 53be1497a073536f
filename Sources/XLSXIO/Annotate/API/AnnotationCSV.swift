/// Reads annotations from a CSV file with the header `sheet,cell,severity,message`, the form
/// `sen2xl annotate --notes` takes.
public enum AnnotationCSV {
    /// The header the file must start with.
    public static let header = ["sheet", "cell", "severity", "message"]

    /// One annotation with the line of the file it came from.
    public struct Row: Sendable, Hashable {
        /// The 1-based line the record starts on.
        public var line: Int
        /// The annotation.
        public var annotation: CellAnnotation
    }

    /// Reads every record of `path`; blank lines are skipped.
    ///
    /// - Throws: ``XLSXError`` naming the file and line: a wrong header, a record without
    ///   exactly four fields, a cell that is not an A1 reference, an unknown severity.
    public static func read(path: String) throws(XLSXError) -> [Row] {
        let reader = try CSVReader(path: path)
        func fail(_ line: Int, _ what: String) -> XLSXError {
            XLSXError(code: .invalidValue, file: path, message: "line \(line): \(what)")
        }
        guard let first = try reader.next() else { throw fail(1, "the file is empty; it needs the header sheet,cell,severity,message") }
        guard first.map({ $0.trimmed.lowercased() }) == header else {
            throw fail(reader.line, "the header must be sheet,cell,severity,message (found \(first.joined(separator: ",")))")
        }
        var rows: [Row] = []
        while let fields = try reader.next() {
            let line = reader.line
            if fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            guard fields.count == 4 else {
                throw fail(line, "expected 4 fields (sheet,cell,severity,message), found \(fields.count); quote a message that contains commas")
            }
            let sheet = fields[0].trimmed
            guard !sheet.isEmpty else { throw fail(line, "the sheet name is empty") }
            guard let cell = CellReference(fields[1].trimmed) else {
                throw fail(line, "'\(fields[1])' is not a cell reference like B7")
            }
            guard let severity = AnnotationSeverity(rawValue: fields[2].trimmed.lowercased()) else {
                throw fail(line, "the severity '\(fields[2])' must be error, query or info")
            }
            rows.append(Row(line: line, annotation: CellAnnotation(sheet: sheet, cell: cell, severity: severity, message: fields[3])))
        }
        return rows
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
