import XLSXIO

extension SummaryReport {
    /// Writes the summary's tables as a workbook: an overview, one sheet per table (counts and
    /// shares as numbers, last year and context beside them), the queries, every record behind
    /// them, and the definitions.
    public func writeWorkbook(to path: String, overwrite: Bool) throws(XLSXError) {
        let book = try WorkbookWriter(path: path, options: WorkbookWriter.Options(overwrite: overwrite))
        book.properties.title = "SEN2 summary \(current.figures.period.referenceDate)"
        let styles = ReportStyles(book)
        try writeOverview(book, styles)
        let sections = rows.reduce(into: [String]()) { if !$0.contains($1.section) { $0.append($1.section) } }
        for section in sections { try writeSection(section, book, styles) }
        try writeQueries(book, styles)
        if let validation { try writeValidation(validation, book, styles) }
        let definitions = try book.addSheet(named: "Definitions")
        try definitions.writeRow(["Figure", "Definition"], style: styles.header)
        for d in FigureDefinition.all { try definitions.writeRow([.string(d.title), .string(d.text)], styles: [styles.bold, styles.wrapped]) }
        try definitions.setColumnWidth(34, column: 1)
        try definitions.setColumnWidth(110, column: 2)
        try book.finish()
    }

    private func writeOverview(_ book: WorkbookWriter, _ styles: ReportStyles) throws(XLSXError) {
        let sheet = try book.addSheet(named: "Summary")
        let f = current.figures
        try sheet.writeRow(["SEN2 summary"], style: styles.title)
        try sheet.writeRow(["Reference date", .date(f.period.referenceDate)], styles: [styles.bold])
        try sheet.writeRow(["Activity year", .number(Double(f.period.activityYear))], styles: [styles.bold])
        try sheet.writeRow(["Persons in the return", .number(Double(f.persons))], styles: [styles.bold])
        if let previous {
            try sheet.writeRow(["Last year's reference date", .date(previous.figures.period.referenceDate)], styles: [styles.bold])
            try sheet.writeRow(["Persons in last year's return", .number(Double(previous.figures.persons))], styles: [styles.bold])
        }
        try sheet.writeRow(["Context", .string(contextNote)], styles: [styles.bold])
        try sheet.writeRow(["Queries raised", .number(Double(queries.count))], styles: [styles.bold])
        if let validation { try sheet.writeRow(["Validation", .string(validation.line)], styles: [styles.bold]) }
        try sheet.setColumnWidth(30, column: 1)
        try sheet.setColumnWidth(60, column: 2)
    }

    private func writeSection(_ section: String, _ book: WorkbookWriter, _ styles: ReportStyles) throws(XLSXError) {
        let sheet = try book.addSheet(named: SheetName.sanitised(section))
        let sectionRows = rows.filter { $0.section == section }
        let shares = sectionRows.contains { $0.share != nil }
        var header: [WriteValue] = ["Figure", "Key", "This year"]
        if shares { header.append("Share (%)") }
        if previous != nil { header += ["Last year"] + (shares ? ["Share last year (%)"] : []) + ["Change", "Change (%)"] }
        header += ["England (%)", "London (%)"]
        try sheet.writeRow(header, style: styles.header)
        for r in sectionRows {
            let valueStyle = r.kind == .percent ? styles.decimal : styles.count
            var values: [WriteValue] = [.string(r.label), .string(r.key), number(r.current)]
            var rowStyles = [StyleID.standard, .standard, valueStyle]
            if shares { values.append(number(r.share)); rowStyles.append(styles.decimal) }
            if previous != nil {
                values.append(number(r.previous)); rowStyles.append(valueStyle)
                if shares { values.append(number(r.previousShare)); rowStyles.append(styles.decimal) }
                values += [number(r.change), number(r.changePercent)]
                rowStyles += [valueStyle, styles.decimal]
            }
            values += [number(r.england), number(r.london)]
            rowStyles += [styles.decimal, styles.decimal]
            try sheet.writeRow(values, styles: rowStyles)
        }
        sheet.freezePanes(rows: 1)
        try sheet.setColumnWidth(44, column: 1)
        try sheet.setColumnWidth(14, columns: 2...header.count)
    }

    private func writeQueries(_ book: WorkbookWriter, _ styles: ReportStyles) throws(XLSXError) {
        let list = try book.addSheet(named: "Queries")
        try list.writeRow(["Query", "Finding", "Records", "Why it matters"], style: styles.header)
        for q in queries {
            try list.writeRow([.string(q.id), .string(q.message), .number(Double(q.count)), .string(q.explanation)],
                              styles: [.standard, styles.wrapped, .standard, styles.wrapped])
        }
        list.freezePanes(rows: 1)
        try list.setColumnWidth(28, column: 1)
        try list.setColumnWidth(70, column: 2)
        try list.setColumnWidth(80, column: 4)
        let records = try book.addSheet(named: "Query records")
        try records.writeRow(["Query", "Finding", "Person", "Return", "Where", "Detail"], style: styles.header)
        for q in queries {
            for r in q.records {
                try records.writeRow([.string(q.id), .string(q.message), .string(r.personID),
                                      .string(r.side == .current ? "this year" : "last year"),
                                      .string(r.location?.description ?? ""), .string(r.detail)])
            }
        }
        records.freezePanes(rows: 1)
        try records.setColumnWidth(26, column: 1)
        try records.setColumnWidth(50, column: 2)
        try records.setColumnWidth(16, columns: 3...4)
        try records.setColumnWidth(44, columns: 5...6)
    }

    private func writeValidation(_ validation: ValidationOverview, _ book: WorkbookWriter, _ styles: ReportStyles) throws(XLSXError) {
        let sheet = try book.addSheet(named: "Validation")
        try sheet.writeRow(["Rule", "Severity", "Findings", "What it checks"], style: styles.header)
        for rule in validation.rules {
            try sheet.writeRow([.string(rule.ruleID), .string(rule.severity.rawValue), .number(Double(rule.count)), .string(rule.title)])
        }
        sheet.freezePanes(rows: 1)
        try sheet.setColumnWidth(12, columns: 1...3)
        try sheet.setColumnWidth(90, column: 4)
    }

    private func number(_ value: Double?) -> WriteValue {
        value.map { .number(($0 * 1000).rounded() / 1000) } ?? .empty
    }
}
