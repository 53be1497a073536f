extension SummaryReport {
    /// Colours of the charts' series: this year, last year, England, London.
    enum Palette {
        static let current = "#1d70b8"
        static let previous = "#9cb7d4"
        static let england = "#00703c"
        static let london = "#d4351c"
    }

    /// The summary as one self-contained HTML page: the key figures, inline SVG charts
    /// (caseload by age band and by primary need against last year, the 20-week rate against
    /// England and London), every table, the queries with up to `recordLimit` records each, and
    /// the definitions. No scripts, fonts or images from elsewhere; laid out for A4 when printed.
    public func html(title: String = "SEN2 summary", recordLimit: Int = 20) -> String {
        let f = current.figures
        var body = "<header><h1>\(HTMLText.escape(title))</h1><p class=\"lead\">Caseload on \(f.period.referenceDate), activity in calendar year "
            + "\(f.period.activityYear). \(NumberText.grouped(f.persons)) persons in the return"
            + (previous.map { "; last year's return has \(NumberText.grouped($0.figures.persons)), caseload on \($0.figures.period.referenceDate)" } ?? "")
            + ".</p><p class=\"note\">\(HTMLText.escape(contextNote))</p></header>"
        body += keyFigures()
        body += "<section class=\"charts\"><h2>Charts</h2>" + charts().map { "<figure>\($0)</figure>" }.joined() + "</section>"
        body += tables()
        body += validationHTML()
        body += queriesHTML(limit: recordLimit)
        body += "<section class=\"definitions\"><h2>Definitions</h2><dl>"
            + FigureDefinition.all.map { "<dt>\(HTMLText.escape($0.title))</dt><dd>\(HTMLText.escape($0.text))</dd>" }.joined()
            + "</dl></section>"
        return "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>\(HTMLText.escape(title)) \(f.period.referenceDate)</title><style>\(SummaryReport.css)</style></head><body>"
            + body + "</body></html>\n"
    }

    private func keyFigures() -> String {
        let a = current.figures.activity
        let cards: [(String, String, String?)] = [
            ("Caseload", NumberText.grouped(current.figures.caseload.total), changeNote("Caseload", "total")),
            ("New plans", NumberText.grouped(a.newPlans), changeNote("Activity", "new_plans")),
            ("Within 20 weeks (excl. exceptions)", a.within20WeeksExclExceptionsPercent.map { Percent.text($0) + "%" } ?? "–",
             changeNote("Activity", "within_20_weeks_excl_exceptions_pct")),
            ("Requests received", NumberText.grouped(a.requests), changeNote("Activity", "requests")),
            ("Queries raised", NumberText.grouped(queries.count), nil),
        ] + (validation.map { [("Validation errors", NumberText.grouped($0.errors), Plural.count($0.queries, "query", "queries") + " too")] } ?? [])
        return "<section class=\"cards\">" + cards.map { title, value, change in
            "<div class=\"card\"><div class=\"label\">\(HTMLText.escape(title))</div><div class=\"big\">\(HTMLText.escape(value))</div>"
                + ((change?.isEmpty ?? true) ? "" : "<div class=\"change\">\(HTMLText.escape(change!))</div>") + "</div>"
        }.joined() + "</section>"
    }

    /// "+12 (+8.1%) on last year", or nil without last year.
    private func changeNote(_ section: String, _ key: String) -> String? {
        row(section, key).map(NumberText.change).flatMap { $0.isEmpty ? nil : $0 + " on last year" }
    }

    private func validationHTML() -> String {
        guard let validation else { return "" }
        var out = "<section class=\"validation\"><h2>Validation</h2><p>\(HTMLText.escape(validation.line)). The figures above count every "
            + "record as it was read; records that break a rule may be counted where COLLECT will not accept them.</p>"
        guard !validation.rules.isEmpty else { return out + "</section>" }
        out += "<table><caption>Findings by rule</caption><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th>"
            + "<th scope=\"col\">Findings</th></tr></thead><tbody>"
        for rule in validation.rules {
            out += "<tr><th scope=\"row\"><code>\(HTMLText.escape(rule.ruleID))</code> \(HTMLText.escape(rule.title))</th>"
                + "<td>\(HTMLText.escape(rule.severity.rawValue))</td><td>\(NumberText.grouped(rule.count))</td></tr>"
        }
        return out + "</tbody></table></section>"
    }

    private func row(_ section: String, _ key: String) -> FigureRow? {
        rows.first { $0.section == section && $0.key == key }
    }

    private func charts() -> [String] {
        let countText: (Double) -> String = { NumberText.grouped(Int($0)) }
        var out: [String] = []
        for dimension in [CaseloadDimension.ageBand, .primaryNeed] {
            var chartRows = rows.filter { $0.dimension == dimension && (($0.current ?? 0) > 0 || ($0.previous ?? 0) > 0) }
            if dimension == .primaryNeed {
                // Largest need first, as the publication's charts show them; "not recorded" last.
                chartRows.sort { a, b in
                    (a.key == PrimaryNeed.notRecorded ? -1 : a.current ?? 0, a.previous ?? 0) > (b.key == PrimaryNeed.notRecorded ? -1 : b.current ?? 0, b.previous ?? 0)
                }
            }
            var series = [BarChart.Series(name: "This year", colour: Palette.current, values: chartRows.map(\.current))]
            if previous != nil { series.append(BarChart.Series(name: "Last year", colour: Palette.previous, values: chartRows.map(\.previous))) }
            let title = "Caseload by \(dimension.title.lowercased())" + (previous != nil ? ", this year and last" : "")
            out.append("<figcaption>\(HTMLText.escape(title))</figcaption>"
                       + BarChart(title: title, categories: chartRows.map { dimension == .primaryNeed ? $0.key : $0.label },
                                  series: series, format: countText).svg)
        }
        let timeliness = [row("Activity", "within_20_weeks_pct"), row("Activity", "within_20_weeks_excl_exceptions_pct")].compactMap { $0 }
        let england = context(EnglandLondon.england), london = context(EnglandLondon.london)
        var series = [BarChart.Series(name: "This year", colour: Palette.current, values: timeliness.map(\.current))]
        if previous != nil { series.append(BarChart.Series(name: "Last year", colour: Palette.previous, values: timeliness.map(\.previous))) }
        series.append(BarChart.Series(name: "England \(england?.activityYear ?? 0)", colour: Palette.england, values: timeliness.map(\.england)))
        series.append(BarChart.Series(name: "London \(london?.activityYear ?? 0)", colour: Palette.london, values: timeliness.map(\.london)))
        let title = "New plans issued within 20 weeks (%), against England and London"
        out.append("<figcaption>\(HTMLText.escape(title))</figcaption>"
                   + BarChart(title: title, categories: ["All new plans", "Excluding exceptions"], series: series, maximum: 100,
                              format: { Percent.text($0) + "%" }).svg)
        return out
    }

    private func tables() -> String {
        let sections = rows.reduce(into: [String]()) { if !$0.contains($1.section) { $0.append($1.section) } }
        var out = "<section class=\"tables\"><h2>Figures</h2>"
        for section in sections {
            let sectionRows = rows.filter { $0.section == section }
            let shares = sectionRows.contains { $0.share != nil }
            out += "<table><caption>\(HTMLText.escape(section))</caption><thead><tr><th scope=\"col\"></th><th scope=\"col\">This year</th>"
            if shares { out += "<th scope=\"col\">Share</th>" }
            if previous != nil { out += "<th scope=\"col\">Last year</th>" + (shares ? "<th scope=\"col\">Share</th>" : "") + "<th scope=\"col\">Change</th>" }
            out += "<th scope=\"col\">England</th><th scope=\"col\">London</th></tr></thead><tbody>"
            for r in sectionRows {
                out += "<tr><th scope=\"row\">\(HTMLText.escape(r.label))</th><td>\(NumberText.value(r.current, kind: r.kind))</td>"
                if shares { out += "<td>\(NumberText.share(r.share))</td>" }
                if previous != nil {
                    out += "<td>\(NumberText.value(r.previous, kind: r.kind))</td>" + (shares ? "<td>\(NumberText.share(r.previousShare))</td>" : "")
                        + "<td>\(HTMLText.escape(NumberText.change(r)))</td>"
                }
                out += "<td>\(NumberText.share(r.england))</td><td>\(NumberText.share(r.london))</td></tr>"
            }
            out += "</tbody></table>"
        }
        return out + "</section>"
    }

    private func queriesHTML(limit: Int) -> String {
        var out = "<section class=\"queries\"><h2>Queries</h2>"
        if queries.isEmpty { return out + "<p>No queries were raised.</p></section>" }
        for q in queries {
            out += "<article class=\"query\"><h3>\(HTMLText.escape(q.message))</h3><p class=\"why\">\(HTMLText.escape(q.explanation))</p>"
                + "<details open><summary>\(Plural.count(q.count, "record")) (<code>\(HTMLText.escape(q.id))</code>)</summary><ul>"
            for r in q.records.prefix(limit) {
                out += "<li><strong>\(HTMLText.escape(r.personID))</strong>" + (r.side == .previous ? " (last year)" : "")
                    + (r.location.map { " <span class=\"where\">\(HTMLText.escape($0.description))</span>" } ?? "")
                    + ": \(HTMLText.escape(r.detail))</li>"
            }
            if q.count > limit { out += "<li>… and \(NumberText.grouped(q.count - limit)) more (all are in the -o workbook)</li>" }
            out += "</ul></details></article>"
        }
        return out + "</section>"
    }

    static let css = """
    :root{--ink:#0b0c0c;--muted:#505a5f;--line:#b1b4b6;--soft:#f3f2f1;--blue:#1d70b8}
    *{box-sizing:border-box}body{font-family:"Helvetica Neue",Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:980px;padding:24px;line-height:1.4}
    h1{font-size:28px;margin:0 0 6px}h2{font-size:21px;border-bottom:3px solid var(--blue);padding-bottom:4px;margin:28px 0 12px}
    h3{font-size:16px;margin:0 0 4px}.lead{font-size:17px;margin:0 0 6px}.note{color:var(--muted);font-size:13px;margin:0}
    .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin-top:20px}
    .card{background:var(--soft);border-left:5px solid var(--blue);padding:10px 12px}.card .label{font-size:13px;color:var(--muted)}
    .card .big{font-size:28px;font-weight:700}.card .change{font-size:13px}
    figure{margin:0 0 18px;break-inside:avoid}figcaption{font-weight:700;margin-bottom:4px}
    svg.chart{width:100%;height:auto;font-size:12px}svg .legend{font-size:12px}svg .category{font-size:12px;fill:var(--ink)}
    svg .value{font-size:11px;fill:var(--ink)}svg .axis{stroke:var(--ink);stroke-width:1}
    table{border-collapse:collapse;width:100%;margin:0 0 18px;font-size:13px;break-inside:avoid}
    caption{text-align:left;font-weight:700;font-size:15px;padding:4px 0}th,td{padding:3px 6px;border-bottom:1px solid var(--line);text-align:right}
    th[scope=row]{text-align:left;font-weight:400}thead th{border-bottom:2px solid var(--ink);font-weight:700}
    .query{border-left:5px solid #f47738;padding:6px 12px;margin:0 0 12px;background:#fff8f2}.why{margin:0 0 4px;color:var(--muted)}
    .where{color:var(--muted);font-size:12px}details ul{margin:4px 0;padding-left:20px;font-size:13px}
    dl{font-size:13px}dt{font-weight:700;margin-top:6px}dd{margin:0 0 0 12px}
    @page{size:A4;margin:14mm}
    @media print{body{padding:0;max-width:none}h2,h3,.why{break-after:avoid}.card,.query{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    svg.chart{-webkit-print-color-adjust:exact;print-color-adjust:exact}details>ul{display:block}}
    """
}
