import XLSXIO
@testable import SEN2Schema

/// Makes a "new system" extract from an "old" one the way migrations go wrong, and remembers
/// which new person each old person became, so that a linker can be scored against the truth.
struct Perturbation {
    var dropRate = 0.03
    var addRate = 0.03
    var typoRate = 0.08
    var caseRate = 0.15
    var missingUPNRate = 0.15
    var changedItemRate = 0.10
    var swappedDateRate = 0.01
    var swappedNameRate = 0.005
    var newIDs = true

    /// The old and new extracts and the truth: for each old index present in both, the new index.
    func apply(to persons: [Person], extra: [Person], seed: UInt64) -> (old: [Person], new: [Person], truth: [Int: Int]) {
        var random = TestRandom(seed: seed)
        var kept: [(old: Int, person: Person)] = []
        for (i, original) in persons.enumerated() where !random.chance(dropRate) {
            var p = original
            if newIDs { p.id = "N-" + (original.id ?? "") }
            if random.chance(typoRate) { p.surname = .value(typo(p.surname.text!, &random)) }
            if random.chance(typoRate) { p.forename = .value(typo(p.forename.text!, &random)) }
            if random.chance(caseRate) { p.surname = .value(random.chance(0.5) ? p.surname.text!.uppercased() : p.surname.text!.lowercased()) }
            if random.chance(caseRate) { p.forename = .value(p.forename.text!.uppercased()) }
            if random.chance(missingUPNRate) { p.upn = .absent }
            if random.chance(swappedDateRate), let d = p.birthDate.value, let s = d.dayMonthSwappedForTest { p.birthDate = .value(s) }
            if random.chance(swappedNameRate) { (p.surname, p.forename) = (p.forename, p.surname) }
            if random.chance(changedItemRate) { changeItems(&p, &random) }
            kept.append((i, p))
        }
        var added = extra.prefix(Int(Double(persons.count) * addRate)).map { p -> Person in
            var q = p
            q.id = "N-new-" + (p.id ?? "")
            return q
        }
        var new = kept.map(\.person) + added
        // Shuffle so that order carries no information.
        var order = Array(new.indices)
        for k in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(k, random.below(k + 1)) }
        new = order.map { new[$0] }
        var truth: [Int: Int] = [:]
        var positionOf = [Int](repeating: 0, count: order.count)
        for (position, source) in order.enumerated() { positionOf[source] = position }
        for (k, entry) in kept.enumerated() { truth[entry.old] = positionOf[k] }
        added.removeAll()
        return (persons, new, truth)
    }

    /// One keyboard slip: a letter replaced, dropped, doubled or swapped with the next.
    func typo(_ name: String, _ random: inout TestRandom) -> String {
        var chars = Array(name)
        guard chars.count > 3 else { return name }
        let i = 1 + random.below(chars.count - 2)
        switch random.below(4) {
        case 0: chars[i] = Array("aeiourstnl")[random.below(10)]
        case 1: chars.remove(at: i)
        case 2: chars.insert(chars[i], at: i)
        default: chars.swapAt(i, i + 1)
        }
        return String(chars)
    }

    /// Changes a placement's entry date and the primary need, as a migration might.
    func changeItems(_ p: inout Person, _ random: inout TestRandom) {
        guard var request = p.requests.first, var active = request.activePlans else { return }
        if var placement = active.placements.first, let d = placement.entryDate.value {
            placement.entryDate = .value(d.adding(days: 1 + random.below(30)))
            active.placements[0] = placement
        }
        if var need = active.needs.first {
            need.type = .value(random.skewed(SENType.allCases))
            active.needs[0] = need
        }
        request.activePlans = active
        p.requests[0] = request
    }
}

extension CalendarDate {
    var dayMonthSwappedForTest: CalendarDate? {
        guard day != month, day <= 12 else { return nil }
        return CalendarDate(validatingYear: year, month: day, day: month)
    }
}

/// Precision and recall of a linkage against the truth.
struct LinkScore {
    var precision: Double
    var recall: Double
    var wrong: [(Int, Int)]
    var missed: [Int]

    init(_ result: LinkResult, truth: [Int: Int]) {
        let predicted = result.links.map { ($0.old, $0.new) }
        let correct = predicted.filter { truth[$0.0] == $0.1 }.count
        precision = predicted.isEmpty ? 1 : Double(correct) / Double(predicted.count)
        recall = truth.isEmpty ? 1 : Double(correct) / Double(truth.count)
        wrong = predicted.filter { truth[$0.0] != $0.1 }
        let linked = Set(predicted.map(\.0))
        missed = truth.keys.filter { !linked.contains($0) }.sorted()
    }
}
