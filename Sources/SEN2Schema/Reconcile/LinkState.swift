/// The linker's bookkeeping: who is linked, who is ambiguous, and the contests of the fuzzy
/// stage that are still open.
struct LinkState {
    private var oldLinked: [Bool]
    private var newLinked: [Bool]
    private var oldAmbiguous: [Bool]
    private var links: [PersonLink] = []
    private var ambiguities: [AmbiguousLink] = []
    private var candidateNews = Set<Int>()
    private var contests: [Int: [Int]] = [:]
    private var contestOrder: [Int] = []

    init(oldCount: Int, newCount: Int) {
        oldLinked = Array(repeating: false, count: oldCount)
        newLinked = Array(repeating: false, count: newCount)
        oldAmbiguous = Array(repeating: false, count: oldCount)
    }

    /// True while the old person is neither linked nor settled as ambiguous.
    func oldFree(_ i: Int) -> Bool { !oldLinked[i] && !oldAmbiguous[i] && contests[i] == nil }

    /// True while the new person is not linked.
    func newFree(_ j: Int) -> Bool { !newLinked[j] }

    mutating func link(_ i: Int, _ j: Int, method: LinkMethod, confidence: Double) {
        oldLinked[i] = true
        newLinked[j] = true
        links.append(PersonLink(old: i, new: j, method: method, confidence: confidence))
    }

    mutating func ambiguous(_ i: Int, _ candidates: [Int], reason: String) {
        oldAmbiguous[i] = true
        ambiguities.append(AmbiguousLink(old: i, candidates: candidates.sorted(), reason: reason))
        candidateNews.formUnion(candidates)
    }

    /// Records that old person `i` has rivals for (or among) `candidates`; settled as
    /// ambiguous by ``closeContests(reason:)`` unless it is linked first.
    mutating func contest(_ i: Int, _ candidates: [Int]) {
        guard !oldLinked[i], !oldAmbiguous[i] else { return }
        if contests[i] == nil { contestOrder.append(i) }
        contests[i, default: []].append(contentsOf: candidates)
    }

    mutating func closeContests(reason: String) {
        for i in contestOrder {
            guard let candidates = contests.removeValue(forKey: i) else { continue }
            let open = Array(Set(candidates.filter { !newLinked[$0] }))
            if !open.isEmpty { ambiguous(i, open, reason: reason) }
        }
        contestOrder = []
    }

    func result() -> LinkResult {
        var result = LinkResult()
        result.links = links.sorted { $0.old < $1.old }
        result.ambiguous = ambiguities.sorted { $0.old < $1.old }
        result.onlyOld = oldLinked.indices.filter { !oldLinked[$0] && !oldAmbiguous[$0] }
        result.onlyNew = newLinked.indices.filter { !newLinked[$0] && !candidateNews.contains($0) }
        return result
    }
}
