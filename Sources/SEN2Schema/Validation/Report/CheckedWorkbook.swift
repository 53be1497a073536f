import XLSXIO

/// The checked copy of the analyst's own workbook: every finding highlighted on its cells
/// (errors light red, queries amber) with a note listing `[rule id] message` for each finding
/// on the cell, and a `Validation summary` sheet, opened first, that counts the findings per
/// rule, lists every finding with a link to its cell, and records the audit trail.
///
/// The copy is made by ``WorkbookAnnotator``: nothing else in the workbook changes, and
/// checking a checked workbook again replaces the earlier annotations.
public enum CheckedWorkbook {
    /// The summary sheet's tab name.
    public static let summaryName = "Validation summary"

    /// Writes the checked copy of `input` to `output`.
    ///
    /// - Parameter sheets: the workbook's sheet names; findings on other sheets (a CSV file,
    ///   say) are listed in the summary but not annotated.
    public static func write(input: String, output: String, result: ReturnCheck.Result, audit: AuditTrail) throws(XLSXError) -> AnnotationReport {
        let book = try Workbook(path: input)
        let sheets = Set(book.sheets.map(\.name))
        return try WorkbookAnnotator.annotate(input: input, output: output, annotations: annotations(for: result.findings, in: sheets),
                                              summary: summary(result, audit: audit, sheets: sheets), overwrite: true)
    }

    /// One annotation per involved cell of every finding, on the sheets named in `sheets`.
    public static func annotations(for findings: [Finding], in sheets: Set<String>) -> [CellAnnotation] {
        var annotations: [CellAnnotation] = []
        annotations.reserveCapacity(findings.count)
        for finding in findings {
            let severity: AnnotationSeverity = finding.severity == .error ? .error : .query
            let line = "[\(finding.ruleID)] \(finding.message)"
            for location in finding.locations {
                guard let cell = cell(of: location, in: sheets), let sheet = location.sheet else { continue }
                annotations.append(CellAnnotation(sheet: sheet, cell: cell, severity: severity, message: line))
            }
        }
        return annotations
    }

    /// The summary sheet: audit trail, totals, counts per rule worst first, then every finding
    /// with a link to its cell.
    public static func summary(_ result: ReturnCheck.Result, audit: AuditTrail, sheets: Set<String>) -> SummarySheet {
        typealias Cell = SummarySheet.Cell
        var rows: [[Cell]] = [[.text("Validation summary", .header)], []]
        for (label, value) in audit.lines { rows.append([.text(label, .header), .text(value, .plain)]) }
        rows.append([])
        rows.append([.text("Persons checked", .header), .number(Double(result.persons))])
        rows.append([.text("Errors", .header), .number(Double(result.errors)),
                     .text(result.errors == 0 ? "none: COLLECT can authorise the return" : "fix every error before submitting", .plain)])
        rows.append([.text("Queries", .header), .number(Double(result.queries)),
                     .text(result.queries == 0 ? "" : "check each; explain in COLLECT the ones that are right", .plain)])
        rows.append([])
        rows.append([.text("Findings per rule", .header)])
        rows.append([.text("Rule", .header), .text("Severity", .header), .text("Findings", .header), .text("What it checks", .header)])
        for count in RuleCount.counts(of: result.findings) {
            rows.append([.text(count.ruleID, .plain), .text(count.severity.rawValue, .plain), .number(Double(count.count)),
                         .text(count.title, .plain)])
        }
        rows.append([])
        rows.append([.text("Every finding", .header)])
        rows.append([.text("Rule", .header), .text("Severity", .header), .text("Sheet", .header), .text("Cell", .header),
                     .text("Person", .header), .text("What is wrong and how to fix it", .header)])
        for finding in result.findings {
            let location = finding.primaryLocation
            var place: [Cell] = [.text(location?.sheet ?? "", .plain), .empty]
            var message = finding.message
            if let location, let sheet = location.sheet, let cell = cell(of: location, in: sheets) {
                place = [.text(sheet, .plain), .link(cell.description, sheet: sheet, cell: cell)]
            } else {
                message = finding.path + ": " + message
            }
            rows.append([.text(finding.ruleID, .plain), .text(finding.severity.rawValue, .plain)] + place
                        + [.text(finding.person ?? "", .plain), .text(message, .wrapped)])
        }
        return SummarySheet(name: summaryName, columnWidths: [30, 12, 18, 10, 16, 110], rows: rows)
    }

    private static func cell(of location: SourceLocation, in sheets: Set<String>) -> CellReference? {
        guard let sheet = location.sheet, sheets.contains(sheet), let row = location.row, row > 0 else { return nil }
        return CellReference(row: row, column: location.column ?? 1)
    }
}
