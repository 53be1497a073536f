import XLSXIO

/// The machine-readable report of a validation: JSON
/// `{"issues":[{"rule":…,"severity":…,"sheet":…,"cell":…,"person":…,"message":…},…]}` or CSV
/// with the same columns, one issue per finding at the cell it belongs to.
///
/// `sheet` and `cell` are left out (empty in CSV) when the finding has no cell, as for a COLLECT
/// XML file, whose findings name the element path and line in the message instead. For a
/// folder of CSV files, `sheet` is the file's name and `cell` the field's A1 reference.
public enum FindingReport {
    /// The report's format.
    public enum Format: String, Sendable, CaseIterable {
        /// One JSON object.
        case json
        /// RFC 4180 CSV with a header row.
        case csv

        /// The format a report path's extension names, or nil.
        public init?(path: String) {
            let lower = path.lowercased()
            if lower.hasSuffix(".json") { self = .json } else if lower.hasSuffix(".csv") { self = .csv } else { return nil }
        }
    }

    /// One finding as the report lists it.
    public struct Issue: Hashable, Sendable {
        /// The rule's id.
        public var rule: String
        /// `error` or `query`.
        public var severity: Severity
        /// The sheet (or CSV file name), when the finding has a cell.
        public var sheet: String?
        /// The A1 reference, when the finding has a cell.
        public var cell: String?
        /// The Person ID or UPN.
        public var person: String?
        /// The message; for findings without a cell it begins with the element path and the
        /// line the record starts on.
        public var message: String

        /// The issue a finding is reported as.
        public init(_ finding: Finding) {
            rule = finding.ruleID
            severity = finding.severity
            person = finding.person
            message = finding.message
            if let location = finding.primaryLocation, let row = location.row, location.element == nil {
                sheet = location.sheet ?? location.file.split(separator: "/").last.map(String.init)
                cell = CellReference(row: row, column: location.column ?? 1).description
            } else {
                let line = finding.primaryLocation?.row.map { " (record at line \($0))" } ?? ""
                message = finding.path + line + ": " + finding.message
            }
        }
    }

    /// Writes `findings` to `sink` in `format`.
    public static func write(_ findings: [Finding], format: Format, to sink: ByteSink) throws(XLSXError) {
        switch format {
        case .json:
            try sink.write("{\"issues\":[")
            for (i, finding) in findings.enumerated() {
                let issue = Issue(finding)
                var fields = ["\"rule\":" + JSONText.quoted(issue.rule), "\"severity\":\"" + issue.severity.rawValue + "\""]
                if let sheet = issue.sheet { fields.append("\"sheet\":" + JSONText.quoted(sheet)) }
                if let cell = issue.cell { fields.append("\"cell\":\"" + cell + "\"") }
                if let person = issue.person { fields.append("\"person\":" + JSONText.quoted(person)) }
                fields.append("\"message\":" + JSONText.quoted(issue.message))
                try sink.write((i == 0 ? "\n" : ",\n") + "{" + fields.joined(separator: ",") + "}")
            }
            try sink.write(findings.isEmpty ? "]}\n" : "\n]}\n")
        case .csv:
            try sink.write("rule,severity,sheet,cell,person,message\r\n")
            for finding in findings {
                let issue = Issue(finding)
                let fields = [issue.rule, issue.severity.rawValue, issue.sheet ?? "", issue.cell ?? "", issue.person ?? "", issue.message]
                try sink.write(fields.map(csvField).joined(separator: ",") + "\r\n")
            }
        }
    }

    /// Writes the report to `path` atomically (a temporary file renamed into place).
    public static func write(_ findings: [Finding], format: Format, toFile path: String) throws(XLSXError) {
        let file = try AtomicFile(destination: path, overwrite: true)
        let sink = try file.openSink()
        try write(findings, format: format, to: sink)
        try sink.flush()
        try file.commit()
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
