/// The records of the year that an activity figure counts, found by the same rules.
enum ActivityRecords {
    static func records(for key: String, in summary: ReturnSummary) -> [QueryRecord] {
        let period = summary.figures.period
        var out: [QueryRecord] = []
        for (index, person) in summary.sen2Return.persons.enumerated() {
            for request in person.requests {
                if let detail = detail(key, request, period) {
                    out.append(.of(summary, side: .current, person: index, origin: request.origin, detail: detail))
                }
            }
        }
        return out
    }

    /// What about `request` the figure `key` counts, or nil when it does not count it.
    private static func detail(_ key: String, _ request: Request, _ period: SummaryPeriod) -> String? {
        let received = request.receivedDate.text ?? "no date"
        let assessment = request.assessment
        let plan = assessment?.namedPlan
        switch key {
        case "requests": return ActivityRules.isReceived(request, in: period) ? "request received \(received)" : nil
        case "refused": return ActivityRules.isRefused(request, in: period) ? "request received \(received), refused" : nil
        case "assessments":
            guard let a = assessment, ActivityRules.isCompleted(a, in: period) else { return nil }
            return "assessment completed \(a.outcomeDate.text ?? ""), outcome \(a.outcome.text ?? "")"
        case "new_plans", "within_20_weeks_pct", "within_20_weeks_excl_exceptions_pct":
            guard let a = assessment, ActivityRules.isNewPlan(a, in: period) else { return nil }
            let within = ActivityRules.wasWithin20Weeks(request, a)
            if key != "new_plans" && within != false { return nil }
            if key == "within_20_weeks_excl_exceptions_pct" && ActivityRules.hasException(a) { return nil }
            let days = request.receivedDate.value.flatMap { r in a.outcomeDate.value.map { r.days(to: $0) } }
            return "plan issued \(a.outcomeDate.text ?? ""), request received \(received)" + (days.map { ", \($0) days" } ?? "")
        case "ceased":
            guard let p = plan, ActivityRules.isCeased(p, in: period) else { return nil }
            return "plan ceased \(p.ceaseDate.text ?? ""), reason \(p.ceaseReason.text ?? "none")"
        case "transfers_in":
            guard let active = request.activePlans, ActivityRules.isTransferIn(active) else { return nil }
            return "plan transferred in from LA \(active.transferredFrom.text ?? "")"
        case "transfers_out":
            guard let p = plan, ActivityRules.isTransferOut(p, in: period) else { return nil }
            return "plan ceased \(p.ceaseDate.text ?? "") on transfer to another LA"
        default:
            if let reason = key.split(separator: ":").last.map(String.init), key.hasPrefix("ceased_by_reason:"),
               let p = plan, ActivityRules.isCeased(p, in: period), ActivityRules.ceaseReasonKey(p) == reason {
                return "plan ceased \(p.ceaseDate.text ?? ""), reason \(reason)"
            }
            return nil
        }
    }
}
