/// Checks between last year's return and this year's: plans that vanished, persons whose
/// birth date or sex changed, and UPNs now on two persons.
enum ContinuityQueries {
    /// Plans active on last year's reference date whose person is neither in this year's
    /// caseload nor has a plan ceased by this year's reference date.
    static func vanishedPlans(current: ReturnSummary, previous: ReturnSummary, links: LinkResult) -> SummaryQuery? {
        let currentByPrevious = links.newByOld
        let inCaseload = Set(current.members.map(\.person))
        let ref = current.figures.period.referenceDate
        var records: [QueryRecord] = []
        for member in previous.members {
            guard let now = currentByPrevious[member.person] else {
                records.append(.of(previous, side: .previous, person: member.person,
                                   detail: "in last year's caseload; no matching person this year"))
                continue
            }
            if inCaseload.contains(now) { continue }
            let ceased = current.sen2Return.persons[now].requests.contains { r in
                r.assessment?.namedPlan?.ceaseDate.value.map { $0 <= ref } ?? false
            }
            if !ceased {
                records.append(.of(current, side: .current, person: now,
                                   detail: "in last year's caseload; no active plan and no cease date this year"))
            }
        }
        return SummaryQuery.raised(
            "plan_vanished", records: records,
            explanation: "A plan in last year's caseload should be in this year's caseload or have a cease date. A plan that is "
                + "neither has usually lost its record in a system change, or its cease date was not entered.") { n in
            Plural.count(n, "plan") + " active on \(previous.figures.period.referenceDate) " + (n == 1 ? "is" : "are") + " neither active nor ceased on \(ref)"
        }
    }

    /// Linked persons whose birth date or sex differs between the returns.
    static func changedIdentity(current: ReturnSummary, previous: ReturnSummary, links: LinkResult) -> SummaryQuery? {
        var records: [QueryRecord] = []
        for link in links.links {
            let then = previous.sen2Return.persons[link.old], now = current.sen2Return.persons[link.new]
            var changes: [String] = []
            if let a = then.birthDate.value, let b = now.birthDate.value, a != b { changes.append("birth date \(a) → \(b)") }
            if let a = then.sex.value, let b = now.sex.value, a != b { changes.append("sex \(a.code) → \(b.code)") }
            if !changes.isEmpty {
                records.append(.of(current, side: .current, person: link.new,
                                   detail: changes.joined(separator: "; ") + " (linked by \(link.method.label))"))
            }
        }
        return SummaryQuery.raised(
            "birth_date_or_sex_changed", records: records,
            explanation: "Birth date and sex rarely change. A change is usually a correction (check it is the right one) or two "
                + "people's records mixed up under one identifier.") { n in
            Plural.count(n, "person") + " " + (n == 1 ? "has" : "have") + " a different birth date or sex from last year"
        }
    }

    /// UPNs given to more than one person in this year's return.
    static func sharedUPNs(current: ReturnSummary) -> SummaryQuery? {
        var byUPN: [String: [Int]] = [:]
        for (index, person) in current.sen2Return.persons.enumerated() {
            if let upn = person.upn.value?.text { byUPN[upn, default: []].append(index) }
        }
        let shared = byUPN.filter { $0.value.count > 1 }.sorted { $0.value[0] < $1.value[0] }
        guard !shared.isEmpty else { return nil }
        let records = shared.flatMap { upn, persons in
            persons.map { QueryRecord.of(current, side: .current, person: $0, detail: "UPN \(upn) is on \(persons.count) persons") }
        }
        return SummaryQuery(
            id: "upn_on_two_persons",
            message: Plural.count(shared.count, "UPN") + " " + (shared.count == 1 ? "is" : "are each") + " on more than one person",
            explanation: "A UPN belongs to one child. The same UPN on two persons is either one child recorded twice (merge "
                + "them) or a UPN typed against the wrong child.",
            records: records)
    }
}
