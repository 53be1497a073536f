/// Lays the figures out as the rows of the summary's tables, with last year and context.
enum SummaryRows {
    static func build(current: SummaryFigures, previous: SummaryFigures?, context: [ContextFigures]) -> [FigureRow] {
        let england = context.first { $0.area == "England" }, london = context.first { $0.area == "London" }
        var rows: [FigureRow] = []
        let c = current.caseload, p = previous?.caseload
        rows.append(FigureRow(section: "Caseload", key: "total", label: "Caseload on the reference date", kind: .count,
                              current: Double(c.total), previous: p.map { Double($0.total) }))
        if let p, p.total > 0 {
            rows.append(FigureRow(section: "Caseload", key: "growth", label: "Growth from last year (%)", kind: .percent,
                                  current: Double(c.total - p.total) * 100 / Double(p.total),
                                  england: england?.caseloadGrowth, london: london?.caseloadGrowth))
        }
        let year = current.period.referenceDate.year
        for dimension in CaseloadDimension.allCases {
            guard let now = c[dimension] else { continue }
            let then = p?[dimension]
            var keys = now.keys
            for key in then?.keys ?? [] where !keys.contains(key) { keys.append(key) }
            for key in keys {
                let a = now[key], b = then?[key]
                if a == 0 && (b ?? 0) == 0 && hiddenWhenZero(key, dimension) { continue }
                rows.append(FigureRow(
                    section: dimension.title, dimension: dimension, key: key,
                    label: CategoryLabel.label(key, in: dimension, year: year), kind: .count,
                    current: Double(a), previous: b.map(Double.init),
                    share: Percent.of(a, c.total), previousShare: p.flatMap { p in b.flatMap { Percent.of($0, p.total) } },
                    england: england?.shares[dimension]?[key], london: london?.shares[dimension]?[key]))
            }
        }
        rows += activityRows(current.activity, previous?.activity, england: england, london: london, year: year)
        return rows
    }

    private static func hiddenWhenZero(_ key: String, _ dimension: CaseloadDimension) -> Bool {
        switch dimension {
        case .placement, .placementGroup: return true
        default: return key == Caseload.unknown || key == AgeBand.over25.rawValue
        }
    }

    private static func activityRows(_ a: Activity, _ b: Activity?, england: ContextFigures?, london: ContextFigures?, year: Int) -> [FigureRow] {
        func count(_ key: String, _ label: String, _ value: (Activity) -> Int) -> FigureRow {
            FigureRow(section: "Activity", key: key, label: label, kind: .count, current: Double(value(a)), previous: b.map { Double(value($0)) })
        }
        func percent(_ key: String, _ label: String, _ value: (Activity) -> Double?, england e: Double?, london l: Double?) -> FigureRow {
            FigureRow(section: "Activity", key: key, label: label, kind: .percent, current: value(a), previous: b.flatMap(value),
                      england: e, london: l)
        }
        var rows = [
            count("requests", "Requests received", \.requests),
            count("refused", "Requests refused", \.refused),
            percent("refusal_pct", "Requests refused (%)", \.refusalPercent, england: england?.refusalPercent, london: london?.refusalPercent),
            count("assessments", "Assessments completed", \.assessments),
            count("new_plans", "New plans", \.newPlans),
            percent("plans_per_assessment_pct", "Assessments leading to a plan (%)", { Percent.of($0.newPlans, $0.assessments) },
                    england: england?.assessmentsLeadingToPlan, london: london?.assessmentsLeadingToPlan),
            percent("within_20_weeks_pct", "New plans within 20 weeks (%)", \.within20WeeksPercent,
                    england: england?.within20Weeks, london: london?.within20Weeks),
            percent("within_20_weeks_excl_exceptions_pct", "Within 20 weeks, excluding exceptions (%)", \.within20WeeksExclExceptionsPercent,
                    england: england?.within20WeeksExclExceptions, london: london?.within20WeeksExclExceptions),
            count("ceased", "Plans ceased", \.ceased),
            count("transfers_in", "Transfers in", \.transfersIn),
            count("transfers_out", "Transfers out", \.transfersOut),
        ]
        for key in a.ceasedByReason.keys {
            let now = a.ceasedByReason[key], then = b?.ceasedByReason[key]
            if now == 0 && (then ?? 0) == 0 && key == Caseload.unknown { continue }
            rows.append(FigureRow(section: "Plans ceased by reason", key: "ceased_by_reason:" + key,
                                  label: CategoryLabel.ceaseReason(key, year: year), kind: .count,
                                  current: Double(now), previous: then.map(Double.init),
                                  share: Percent.of(now, a.ceased), previousShare: b.flatMap { b in then.flatMap { Percent.of($0, b.ceased) } },
                                  england: england?.ceasedReasonShares[key], london: london?.ceasedReasonShares[key]))
        }
        return rows
    }
}
