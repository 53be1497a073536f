/// Lists every item that differs between two records of the same person, table by table:
/// the person's own items, then requests, assessments, plans, plan details, active plans,
/// placements and needs. Child records are paired within the person by how many items they
/// share (``ChildPairing``), so a reordered list is not a difference.
public enum RecordDiffer {
    /// The differences between `old` and `new`, in table order.
    public static func differences(old: Person, new: Person) -> [RecordDifference] {
        var out: [RecordDifference] = []
        compare(old, new, into: &out)
        let pairing = ChildPairing.pair(old.requests, new.requests, score: requestScore)
        for (i, j) in pairing.pairs { compareRequest(old.requests[i], new.requests[j], into: &out) }
        for i in pairing.onlyOld { out.append(missing(old.requests[i], onOldSide: true)) }
        for j in pairing.onlyNew { out.append(missing(new.requests[j], onOldSide: false)) }
        return out
    }

    private static func compareRequest(_ a: Request, _ b: Request, into out: inout [RecordDifference]) {
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

    private static func compareOptional<R: ItemRecord>(_ a: R?, _ b: R?, into out: inout [RecordDifference],
                                                       _ body: (R, R, inout [RecordDifference]) -> Void) {
        switch (a, b) {
        case let (x?, y?): body(x, y, &out)
        case let (x?, nil): out.append(missing(x, onOldSide: true))
        case let (nil, y?): out.append(missing(y, onOldSide: false))
        case (nil, nil): break
        }
    }

    private static func compareList<R: ItemRecord>(_ a: [R], _ b: [R], into out: inout [RecordDifference]) {
        let pairing = ChildPairing.pair(a, b, score: ChildPairing.sharedItems)
        for (i, j) in pairing.pairs { compare(a[i], b[j], into: &out) }
        for i in pairing.onlyOld { out.append(missing(a[i], onOldSide: true)) }
        for j in pairing.onlyNew { out.append(missing(b[j], onOldSide: false)) }
    }

    /// Every item of the record's table whose text differs.
    static func compare<R: ItemRecord>(_ a: R, _ b: R, into out: inout [RecordDifference]) {
        for item in ChildPairing.items(of: R.table) {
            let x = a.field(item).text ?? "", y = b.field(item).text ?? ""
            if x != y {
                out.append(RecordDifference(table: R.table, item: item, oldValue: x, newValue: y, oldOrigin: a.origin, newOrigin: b.origin))
            }
        }
    }

    /// A record present on one side: its items, briefly, stand for it.
    static func missing<R: ItemRecord>(_ record: R, onOldSide: Bool) -> RecordDifference {
        let text = describe(record)
        return RecordDifference(table: R.table, item: nil, oldValue: onOldSide ? text : "", newValue: onOldSide ? "" : text,
                                oldOrigin: onOldSide ? record.origin : nil, newOrigin: onOldSide ? nil : record.origin)
    }

    /// `Element=value` for the record's first few items, e.g. `ReceivedDate=2024-03-01, RequestOutcome=Y`.
    static func describe<R: ItemRecord>(_ record: R) -> String {
        let parts = ChildPairing.items(of: R.table).compactMap { item in record.field(item).text.map { item.element + "=" + $0 } }
        return parts.isEmpty ? "(empty record)" : parts.prefix(4).joined(separator: ", ")
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
