/// Figures that moved further from last year than a threshold, with the persons who joined or
/// left each category (linked between the returns) or the year's records behind each count.
enum ChangeQueries {
    /// Counts below this in both years are too small to judge a change by.
    static let minimumCount = 10.0

    static func beyondThreshold(rows: [FigureRow], current: ReturnSummary, previous: ReturnSummary, links: LinkResult,
                                thresholdPercent: Double) -> [SummaryQuery] {
        let movement = CaseloadMovement(current: current, previous: previous, links: links)
        var queries: [SummaryQuery] = []
        let previousYear = previous.figures.period.referenceDate.year
        for row in rows {
            guard let now = row.current, let then = row.previous, let change = row.change else { continue }
            // A need the previous year's code list did not have (DS before 2025) cannot have changed.
            if row.dimension == .primaryNeed, let need = SENType(rawValue: row.key), !need.isValid(in: previousYear) { continue }
            let beyond: Bool
            let changeText: String
            switch row.kind {
            case .count:
                guard max(now, then) >= minimumCount else { continue }
                let percent = row.changePercent
                beyond = percent.map { abs($0) > thresholdPercent } ?? (now > 0)
                changeText = "\(Int(then)) → \(Int(now)) (" + (percent.map { (change >= 0 ? "+" : "") + Percent.text($0) + "%" } ?? "new") + ")"
            case .percent:
                beyond = abs(change) > thresholdPercent
                changeText = Percent.text(then) + "% → " + Percent.text(now) + "% (" + (change >= 0 ? "+" : "") + Percent.text(change) + " points)"
            }
            guard beyond else { continue }
            let records: [QueryRecord]
            if let dimension = row.dimension {
                records = movement.records(dimension: dimension, key: row.key)
            } else if row.section == "Caseload" && row.key == "total" {
                records = movement.totalRecords()
            } else {
                records = ActivityRecords.records(for: row.key, in: current)
            }
            let threshold = row.kind == .count ? Percent.text(thresholdPercent) + "%" : Percent.text(thresholdPercent) + " points"
            queries.append(SummaryQuery(
                id: "change_beyond_threshold",
                message: "\(row.section), \(row.label): \(changeText), beyond the \(threshold) threshold",
                explanation: "A figure that moves this much in a year is either a real change the LA can explain or a "
                    + "recording problem (records lost, duplicated or coded differently). The records listed are the persons "
                    + "who moved into or out of the category, or this year's records behind the figure.",
                records: records))
        }
        return queries
    }
}

/// Who moved into and out of the caseload's categories between the two returns.
struct CaseloadMovement {
    let current: ReturnSummary
    let previous: ReturnSummary
    let currentMember: [Int: CaseloadMember]
    let previousMember: [Int: CaseloadMember]
    let previousOfCurrent: [Int: Int]
    let currentOfPrevious: [Int: Int]

    init(current: ReturnSummary, previous: ReturnSummary, links: LinkResult) {
        self.current = current
        self.previous = previous
        currentMember = Dictionary(uniqueKeysWithValues: current.members.map { ($0.person, $0) })
        previousMember = Dictionary(uniqueKeysWithValues: previous.members.map { ($0.person, $0) })
        currentOfPrevious = links.newByOld
        previousOfCurrent = Dictionary(uniqueKeysWithValues: links.links.map { ($0.new, $0.old) })
    }

    /// Persons in category `key` of `dimension` in one year but not the other.
    func records(dimension: CaseloadDimension, key: String) -> [QueryRecord] {
        var out: [QueryRecord] = []
        for member in current.members where member.key(in: dimension) == key {
            let before = previousOfCurrent[member.person].flatMap { previousMember[$0] }
            if before?.key(in: dimension) == key { continue }
            let was = before.flatMap { $0.key(in: dimension) } ?? "not in last year's caseload"
            out.append(.of(current, side: .current, person: member.person, detail: "now \(key); last year \(was)"))
        }
        for member in previous.members where member.key(in: dimension) == key {
            let after = currentOfPrevious[member.person].flatMap { currentMember[$0] }
            if after?.key(in: dimension) == key { continue }
            let now = after.flatMap { $0.key(in: dimension) } ?? "not in this year's caseload"
            out.append(.of(previous, side: .previous, person: member.person, detail: "last year \(key); now \(now)"))
        }
        return out
    }

    /// Persons who joined or left the caseload.
    func totalRecords() -> [QueryRecord] {
        var out: [QueryRecord] = []
        for member in current.members where previousOfCurrent[member.person].flatMap({ previousMember[$0] }) == nil {
            out.append(.of(current, side: .current, person: member.person, detail: "joined the caseload"))
        }
        for member in previous.members where currentOfPrevious[member.person].flatMap({ currentMember[$0] }) == nil {
            out.append(.of(previous, side: .previous, person: member.person, detail: "left the caseload"))
        }
        return out
    }
}
