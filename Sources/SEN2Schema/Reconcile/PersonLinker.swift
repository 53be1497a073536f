/// Finds the same people in two extracts, in stages from the most to the least certain: UPN,
/// then ULN, then normalised name and birth date, then a weighed comparison of names, birth
/// date (allowing day and month swapped), postcode and sex ("fuzzy", see ``MatchEvidence``).
///
/// A person is linked at most once. When the evidence fits more than one person equally well,
/// or an identifier is shared by people whose names and birth dates disagree, the person is
/// reported as ambiguous with the candidates; such pairs are never merged.
public struct PersonLinker: Sendable {
    private let old: [PersonFeatures]
    private let new: [PersonFeatures]

    /// A linker for two lists of persons.
    public init(old: [Person], new: [Person]) {
        self.old = old.map(PersonFeatures.init)
        self.new = new.map(PersonFeatures.init)
    }

    /// Links the two lists.
    public func link() -> LinkResult {
        var state = LinkState(oldCount: old.count, newCount: new.count)
        linkExactly(method: .upn, key: { $0.upn }, state: &state)
        linkExactly(method: .uln, key: { $0.uln }, state: &state)
        linkExactly(method: .nameAndBirthDate, key: { $0.nameAndBirthKey }, state: &state)
        linkFuzzily(state: &state)
        return state.result()
    }

    /// Links persons that share `key`, one to one; a key shared by several persons on a side
    /// is settled by name and birth date when that picks one pair, otherwise it is ambiguous.
    private func linkExactly(method: LinkMethod, key: (PersonFeatures) -> String?, state: inout LinkState) {
        var newByKey: [String: [Int]] = [:]
        for j in new.indices where state.newFree(j) {
            if let k = key(new[j]) { newByKey[k, default: []].append(j) }
        }
        var oldByKey: [String: [Int]] = [:]
        var keys: [String] = []
        for i in old.indices where state.oldFree(i) {
            guard let k = key(old[i]), newByKey[k] != nil else { continue }
            if oldByKey[k] == nil { keys.append(k) }
            oldByKey[k, default: []].append(i)
        }
        for k in keys {
            let olds = oldByKey[k]!, news = newByKey[k]!
            if olds.count == 1, news.count == 1 {
                settlePair(olds[0], news[0], method: method, state: &state)
            } else {
                settleGroup(olds, news, method: method, state: &state)
            }
        }
    }

    private func settlePair(_ i: Int, _ j: Int, method: LinkMethod, state: inout LinkState) {
        switch method {
        case .upn, .uln:
            let support = MatchEvidence.nameAndBirth(old[i], new[j])
            if support >= MatchEvidence.identifierCorroboration {
                state.link(i, j, method: method, confidence: support >= 8 ? 1 : 0.9)
            } else {
                state.ambiguous(i, [j], reason: "same \(method == .upn ? "UPN" : "ULN") but the names and birth date disagree")
            }
        case .nameAndBirthDate:
            let conflicting = MatchEvidence.identifiers(old[i], new[j]) < 0 || MatchEvidence.sex(old[i], new[j]) < 0
            state.link(i, j, method: method, confidence: conflicting ? 0.9 : 1)
        case .fuzzy:
            let evidence = MatchEvidence(old[i], new[j])
            state.link(i, j, method: method, confidence: evidence.confidence)
        }
    }

    /// Several persons share a key: link the pairs that also agree on name and birth date one
    /// to one; the rest of the group is ambiguous.
    private func settleGroup(_ olds: [Int], _ news: [Int], method: LinkMethod, state: inout LinkState) {
        var pairs: [(Int, Int)] = []
        for i in olds {
            let agreeing = news.filter { MatchEvidence(old[i], new[$0]).weight >= MatchEvidence.linkThreshold + 3 }
            if agreeing.count == 1 { pairs.append((i, agreeing[0])) }
        }
        let newCounts = Dictionary(pairs.map { ($0.1, 1) }, uniquingKeysWith: +)
        var linkedOld = Set<Int>(), linkedNew = Set<Int>()
        for (i, j) in pairs where newCounts[j] == 1 {
            state.link(i, j, method: method, confidence: 1)
            linkedOld.insert(i)
            linkedNew.insert(j)
        }
        let rest = news.filter { !linkedNew.contains($0) }
        for i in olds where !linkedOld.contains(i) {
            if rest.isEmpty { continue }
            state.ambiguous(i, rest, reason: "\(olds.count) old and \(news.count) new persons share this \(method.label)")
        }
    }

    /// Weighs every remaining old person against the new persons who share a birth date (or
    /// have it with day and month swapped) or both names in either order, and links a pair
    /// only when neither has a rival within ``MatchEvidence/ambiguityMargin``.
    private func linkFuzzily(state: inout LinkState) {
        var byBirth: [Int: [Int]] = [:], byName: [String: [Int]] = [:]
        for j in new.indices where state.newFree(j) {
            if let d = new[j].birthDate { byBirth[d.daysSinceEpoch, default: []].append(j) }
            if let k = new[j].unorderedNameKey { byName[k, default: []].append(j) }
        }
        var candidates: [(old: Int, new: Int, weight: Double)] = []
        for i in old.indices where state.oldFree(i) {
            var seen = Set<Int>()
            var block: [Int] = []
            if let d = old[i].birthDate {
                block += byBirth[d.daysSinceEpoch] ?? []
                if let s = d.dayMonthSwapped { block += byBirth[s.daysSinceEpoch] ?? [] }
            }
            if let k = old[i].unorderedNameKey { block += byName[k] ?? [] }
            for j in block where seen.insert(j).inserted {
                let w = MatchEvidence(old[i], new[j]).weight
                if w >= MatchEvidence.linkThreshold { candidates.append((i, j, w)) }
            }
        }
        var byOld: [Int: [(Int, Double)]] = [:], byNew: [Int: [(Int, Double)]] = [:]
        for c in candidates {
            byOld[c.old, default: []].append((c.new, c.weight))
            byNew[c.new, default: []].append((c.old, c.weight))
        }
        candidates.sort { ($0.weight, $1.old, $1.new) > ($1.weight, $0.old, $0.new) }
        for c in candidates where state.oldFree(c.old) && state.newFree(c.new) {
            let rivalsOfOld = byOld[c.old]!.filter { $0.0 != c.new && state.newFree($0.0) && $0.1 > c.weight - MatchEvidence.ambiguityMargin }
            let rivalsOfNew = byNew[c.new]!.filter { $0.0 != c.old && state.oldFree($0.0) && $0.1 > c.weight - MatchEvidence.ambiguityMargin }
            if rivalsOfOld.isEmpty && rivalsOfNew.isEmpty {
                settlePair(c.old, c.new, method: .fuzzy, state: &state)
            } else {
                state.contest(c.old, [c.new] + rivalsOfOld.map(\.0))
                for (rival, _) in rivalsOfNew { state.contest(rival, [c.new]) }
            }
        }
        state.closeContests(reason: "more than one person fits the names and birth date about equally well")
    }
}

extension LinkMethod {
    /// The key's name in messages.
    var label: String {
        switch self {
        case .upn: return "UPN"
        case .uln: return "ULN"
        case .nameAndBirthDate: return "name and birth date"
        case .fuzzy: return "similar name and birth date"
        }
    }
}
