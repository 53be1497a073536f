import XLSXIO

extension SummaryReport {
    /// The summary as plain text: each table with last year and context, the queries with up
    /// to `recordLimit` records each, and the definitions.
    public func text(recordLimit: Int = 10) -> String {
        let f = current.figures
        var lines = ["SEN2 summary: caseload on \(f.period.referenceDate), activity in calendar year \(f.period.activityYear)",
                     "\(NumberText.grouped(f.persons)) persons in the return"]
        if let previous {
            lines.append("Last year: \(NumberText.grouped(previous.figures.persons)) persons, caseload on \(previous.figures.period.referenceDate)")
        }
        lines.append(contextNote)
        if let validation {
            lines.append("Validation: \(validation.line); the figures count every record as it was read.")
        }
        let sections = rows.reduce(into: [String]()) { if !$0.contains($1.section) { $0.append($1.section) } }
        for section in sections {
            lines.append("")
            let sectionRows = rows.filter { $0.section == section }
            let isBreakdown = sectionRows.contains { $0.share != nil }
            var table = TextTable(header: [section + (isBreakdown ? " (count, share)" : ""), "this year"]
                                  + (previous != nil ? ["last year", "change"] : []) + ["England", "London"])
            for row in sectionRows {
                var cells = [row.label, cell(row.current, row.share, row.kind)]
                if previous != nil { cells += [cell(row.previous, row.previousShare, row.kind), NumberText.change(row)] }
                cells += [NumberText.share(row.england), NumberText.share(row.london)]
                table.rows.append(cells)
            }
            lines += table.lines()
        }
        if let validation, !validation.rules.isEmpty {
            lines.append("")
            var table = TextTable(header: ["Validation findings by rule", "severity", "count"])
            for rule in validation.rules.prefix(recordLimit * 2) {
                table.rows.append([rule.ruleID + " " + rule.title, rule.severity.rawValue, NumberText.grouped(rule.count)])
            }
            lines += table.lines()
            if validation.rules.count > recordLimit * 2 { lines.append("  … and \(validation.rules.count - recordLimit * 2) more rules") }
        }
        lines.append("")
        lines.append(queries.isEmpty ? "Queries: none raised." : "Queries (\(queries.count)):")
        for query in queries {
            lines.append("  [\(query.id)] \(query.message) (" + Plural.count(query.count, "record") + ")")
            lines.append("    Why: \(query.explanation)")
            for record in query.records.prefix(recordLimit) {
                lines.append("    - \(record.personID)" + (record.side == .previous ? " (last year)" : "")
                             + (record.location.map { " at \($0)" } ?? "") + ": \(record.detail)")
            }
            if query.count > recordLimit { lines.append("    … and \(query.count - recordLimit) more (all are in the -o workbook)") }
        }
        lines.append("")
        lines.append("Definitions:")
        for d in FigureDefinition.all { lines.append("  \(d.title): \(d.text)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where the England and London figures come from, and which years they describe.
    var contextNote: String {
        guard let england = context(EnglandLondon.england) else { return "No published figures are shipped for context." }
        let f = current.figures
        var note = "England and London: \(england.source); caseload January \(england.caseloadYear), activity \(england.activityYear)"
        if england.caseloadYear != f.period.referenceDate.year { note += " (the latest shipped; not the same year as this return)" }
        return note + ". Shares and rates only."
    }

    private func cell(_ value: Double?, _ share: Double?, _ kind: FigureRow.Kind) -> String {
        let text = NumberText.value(value, kind: kind)
        guard let share, value != nil else { return text }
        return text + " (" + Percent.text(share) + "%)"
    }
}

/// The areas the shipped context figures cover.
enum EnglandLondon {
    static let england = "England"
    static let london = "London"
}
