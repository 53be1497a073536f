/// Pairs the child records of two versions of the same person (their requests, placements,
/// needs …) by likeness, since the order of rows carries no meaning.
enum ChildPairing {
    /// The items of each table, in declaration order.
    private static let itemsByTable: [Table: [Item]] = Dictionary(grouping: Item.allCases, by: { $0.module.table })

    /// The items whose values live in `table`'s records.
    static func items(of table: Table) -> [Item] { itemsByTable[table] ?? [] }

    /// The number of items both records give with the same value.
    static func sharedItems<R: ItemRecord>(_ a: R, _ b: R) -> Int {
        var n = 0
        for item in items(of: R.table) {
            if let x = a.field(item).text, x == b.field(item).text { n += 1 }
        }
        return n
    }

    /// Pairs the most alike records first; records that share nothing stay unpaired, except
    /// that a single leftover on each side is paired (one request each is the same request,
    /// however much of it changed).
    static func pair<R>(_ a: [R], _ b: [R], score: (R, R) -> Int) -> (pairs: [(Int, Int)], onlyOld: [Int], onlyNew: [Int]) {
        if a.count == 1, b.count == 1 { return ([(0, 0)], [], []) }
        var scored: [(i: Int, j: Int, s: Int)] = []
        for i in a.indices {
            for j in b.indices {
                let s = score(a[i], b[j])
                if s > 0 { scored.append((i, j, s)) }
            }
        }
        scored.sort { ($0.s, $1.i, $1.j) > ($1.s, $0.i, $0.j) }
        var usedA = Set<Int>(), usedB = Set<Int>(), pairs: [(Int, Int)] = []
        for p in scored where !usedA.contains(p.i) && !usedB.contains(p.j) {
            pairs.append((p.i, p.j))
            usedA.insert(p.i)
            usedB.insert(p.j)
        }
        var onlyOld = a.indices.filter { !usedA.contains($0) }
        var onlyNew = b.indices.filter { !usedB.contains($0) }
        if onlyOld.count == 1, onlyNew.count == 1 {
            pairs.append((onlyOld[0], onlyNew[0]))
            onlyOld = []
            onlyNew = []
        }
        pairs.sort { $0.0 < $1.0 }
        return (pairs, onlyOld, onlyNew)
    }
}
