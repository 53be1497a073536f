import XLSXIO

extension SummaryReport {
    /// The JSON document `sen2xl summary --format json` prints, in exactly this shape:
    /// `{"reference_date","caseload":{"total","age_band","sex","primary_need","placement",
    /// "ethnic_group"},"activity":{"year","requests","refused","assessments","new_plans",
    /// "within_20_weeks_pct","within_20_weeks_excl_exceptions_pct","ceased","ceased_by_reason",
    /// "transfers_in","transfers_out"},"previous":{…},"queries":[{"id","message","count"}]}`.
    /// `previous` is present only with a previous return; percentages have one decimal and are
    /// null when there is nothing to divide by.
    public func jsonText() -> String {
        var out = "{" + SummaryReport.figuresJSON(current.figures)
        if let previous { out += ",\"previous\":{" + SummaryReport.figuresJSON(previous.figures) + "}" }
        out += ",\"queries\":[" + queries.map {
            "{\"id\":" + JSONText.quoted($0.id) + ",\"message\":" + JSONText.quoted($0.message) + ",\"count\":" + String($0.count) + "}"
        }.joined(separator: ",") + "]}\n"
        return out
    }

    /// The members of one figures object, without braces.
    static func figuresJSON(_ f: SummaryFigures) -> String {
        let c = f.caseload, a = f.activity
        let caseload = "\"caseload\":{\"total\":\(c.total),\"age_band\":" + object(c.ageBand) + ",\"sex\":" + object(c.sex)
            + ",\"primary_need\":" + object(c.primaryNeed) + ",\"placement\":" + object(c.placement)
            + ",\"ethnic_group\":" + object(c.ethnicGroup) + "}"
        let activity = "\"activity\":{\"year\":\(a.year),\"requests\":\(a.requests),\"refused\":\(a.refused),"
            + "\"assessments\":\(a.assessments),\"new_plans\":\(a.newPlans),"
            + "\"within_20_weeks_pct\":" + percent(a.timedWithin20Weeks, a.timedPlans)
            + ",\"within_20_weeks_excl_exceptions_pct\":" + percent(a.timedWithin20WeeksExclExceptions, a.timedPlansExclExceptions)
            + ",\"ceased\":\(a.ceased),\"ceased_by_reason\":" + object(a.ceasedByReason)
            + ",\"transfers_in\":\(a.transfersIn),\"transfers_out\":\(a.transfersOut)}"
        return "\"reference_date\":\"\(f.period.referenceDate)\"," + caseload + "," + activity
    }

    private static func object(_ b: Breakdown) -> String {
        "{" + b.entries.map { JSONText.quoted($0.key) + ":" + String($0.count) }.joined(separator: ",") + "}"
    }

    private static func percent(_ part: Int, _ whole: Int) -> String {
        Percent.text(part, of: whole) ?? "null"
    }
}
