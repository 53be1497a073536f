/// Lists every item that differs between two records of the same person, table by table:
/// the person's own items, then requests, assessments, plans, plan details, active plans,
/// placements and needs. Child records are paired within the person by how many items they
/// share (``ChildPairing``), so a reordered list is not a difference.
///
/// Only items both extracts carry are compared (see ``ItemCoverage``); a table one extract
/// lacks altogether is not compared at all, so a missing sheet is one notice, not a
/// difference for every record.
public struct RecordDiffer: Sendable {
    /// The items compared.
    let items: Set<Item>

    /// A differ that compares `items` (every item by default).
    public init(items: Set<Item> = Set(Item.allCases)) {
        self.items = items
    }

    /// The differences between `old` and `new`, comparing every item.
    public static func differences(old: Person, new: Person) -> [RecordDifference] {
        RecordDiffer().differences(old: old, new: new)
    }

    /// The differences between `old` and `new`, in table order.
    public func differences(old: Person, new: Person) -> [RecordDifference] {
        var out: [RecordDifference] = []
        compare(old, new, into: &out)
        let pairing = ChildPairing.pair(old.requests, new.requests, score: RecordDiffer.requestScore)
        for (i, j) in pairing.pairs { compareRequest(old.requests[i], new.requests[j], into: &out) }
        for i in pairing.onlyOld { missingRequest(old.requests[i], onOldSide: true, into: &out) }
        for j in pairing.onlyNew { missingRequest(new.requests[j], onOldSide: false, into: &out) }
        return out
    }

    private func compareRequest(_ a: Request, _ b: Request, into out: inout [RecordDifference]) {
        compare(a, b, into: &out)
        compareOptional(a.assessment, b.assessment, into: &out) { x, y, out in
            compare(x, y, into: &out)
            compareOptional(x.namedPlan, y.namedPlan, into: &out) { p, q, out in
                compare(p, q, into: &out)
                compareList(p.details, q.details, into: &out)
            }
        }
        compareOptional(a.activePlans, b.activePlans, into: &out) { x, y, out in
            compare(x, y, into: &out)
            compareList(x.placements, y.placements, into: &out)
            compareList(x.needs, y.needs, into: &out)
        }
    }

    private func compareOptional<R: ItemRecord>(_ a: R?, _ b: R?, into out: inout [RecordDifference],
                                                _ body: (R, R, inout [RecordDifference]) -> Void) {
        switch (a, b) {
        case let (x?, y?): body(x, y, &out)
        case let (x?, nil): missing(x, onOldSide: true, into: &out)
        case let (nil, y?): missing(y, onOldSide: false, into: &out)
        case (nil, nil): break
        }
    }

    private func compareList<R: ItemRecord>(_ a: [R], _ b: [R], into out: inout [RecordDifference]) {
        let pairing = ChildPairing.pair(a, b, score: ChildPairing.sharedItems)
        for (i, j) in pairing.pairs { compare(a[i], b[j], into: &out) }
        for i in pairing.onlyOld { missing(a[i], onOldSide: true, into: &out) }
        for j in pairing.onlyNew { missing(b[j], onOldSide: false, into: &out) }
    }

    /// Every compared item of the record's table whose text differs.
    func compare<R: ItemRecord>(_ a: R, _ b: R, into out: inout [RecordDifference]) {
        for item in ChildPairing.items(of: R.table) where items.contains(item) {
            let x = a.field(item).text ?? "", y = b.field(item).text ?? ""
            if x != y {
                out.append(RecordDifference(table: R.table, item: item, oldValue: x, newValue: y, oldOrigin: a.origin, newOrigin: b.origin))
            }
        }
    }

    /// A request present on one side, with every record under it: a request the new system
    /// lost takes its assessment, plan and placements with it, and each is listed.
    private func missingRequest(_ request: Request, onOldSide: Bool, into out: inout [RecordDifference]) {
        missing(request, onOldSide: onOldSide, into: &out)
        if let assessment = request.assessment {
            missing(assessment, onOldSide: onOldSide, into: &out)
            if let plan = assessment.namedPlan {
                missing(plan, onOldSide: onOldSide, into: &out)
                for detail in plan.details { missing(detail, onOldSide: onOldSide, into: &out) }
            }
        }
        if let active = request.activePlans {
            missing(active, onOldSide: onOldSide, into: &out)
            for placement in active.placements { missing(placement, onOldSide: onOldSide, into: &out) }
            for need in active.needs { missing(need, onOldSide: onOldSide, into: &out) }
        }
    }

    /// A record present on one side: its items stand for it. Tables of which the other
    /// extract carries no item are not compared.
    private func missing<R: ItemRecord>(_ record: R, onOldSide: Bool, into out: inout [RecordDifference]) {
        guard ChildPairing.items(of: R.table).contains(where: items.contains) else { return }
        let text = describe(record)
        out.append(RecordDifference(table: R.table, item: nil, oldValue: onOldSide ? text : "", newValue: onOldSide ? "" : text,
                                    oldOrigin: onOldSide ? record.origin : nil, newOrigin: onOldSide ? nil : record.origin))
    }

    /// `Element=value` for every compared item the record gives, e.g.
    /// `ReceivedDate=2024-03-01, RequestSource=1, RequestOutcome=Y`.
    func describe<R: ItemRecord>(_ record: R) -> String {
        let parts = ChildPairing.items(of: R.table).compactMap { item in
            items.contains(item) ? record.field(item).text.map { item.element + "=" + $0 } : nil
        }
        return parts.isEmpty ? "(empty record)" : parts.joined(separator: ", ")
    }

    /// A request's likeness to another: the items they share, counting those of its
    /// assessment, plan and active plan, so that a request whose date was corrected still
    /// pairs with its old self.
    static func requestScore(_ a: Request, _ b: Request) -> Int {
        var score = ChildPairing.sharedItems(a, b)
        if let x = a.assessment, let y = b.assessment {
            score += ChildPairing.sharedItems(x, y)
            if let p = x.namedPlan, let q = y.namedPlan { score += ChildPairing.sharedItems(p, q) }
        }
        if let x = a.activePlans, let y = b.activePlans { score += ChildPairing.sharedItems(x, y) }
        return score
    }
}
