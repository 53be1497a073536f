/// How one across-persons rule finds duplicates: the key two persons must not share, the item
/// whose cell is marked, and how to name the shared value in a message.
struct DuplicateCheck: Sendable {
    /// The item whose cell a finding marks.
    let item: Item
    /// The person's key, or nil when they have none (no UPN, say).
    let key: @Sendable (Person) -> DuplicateKey?
    /// The shared value in words, from the key: "the same UPN (A123…)". Only called when a
    /// duplicate is found.
    let what: @Sendable (DuplicateKey) -> String
}

/// A value two persons must not share. Long keys are kept as a 64-bit hash so that the state
/// per person stays small; a collision between different keys is astronomically unlikely.
enum DuplicateKey: Hashable, Sendable {
    /// A short identifier kept as text (UPNs and ULNs fit in a string without allocation).
    case text(String)

    /// The key's text, or empty for a hashed key.
    var text: String {
        if case .text(let t) = self { return t }
        return ""
    }
    /// A hash of a longer key.
    case hash(UInt64)

    /// Surname, forename (letters and digits only, any case) and birth date, hashed with FNV-1a.
    static let nameAndBirthDate: @Sendable (Person) -> DuplicateKey? = { person in
        guard let surname = person.surname.value, let forename = person.forename.value, let birth = person.birthDate.value else { return nil }
        var hash = NameHash()
        hash.mix(surname)
        hash.mix(forename)
        hash.mix(UInt64(bitPattern: Int64(birth.daysSinceEpoch)))
        return .hash(hash.value)
    }
}

/// FNV-1a over the letters and digits of names, ignoring case, spacing and punctuation as
/// ``CodeText/matchKey(_:)`` does, without building the folded text.
struct NameHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    mutating func mix(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: mix(UInt64(scalar.value))
            case 0x41...0x5A: mix(UInt64(scalar.value + 32))
            default:
                guard scalar.value > 0x7F, scalar.properties.isAlphabetic else { continue }
                for folded in scalar.properties.lowercaseMapping.unicodeScalars { mix(UInt64(folded.value)) }
            }
        }
        mix(0x1F)
    }

    mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* NameHash.prime
    }
}

/// Remembers, per across-persons rule, the first person with each key, and reports every later
/// person sharing it (and the first, once).
struct DuplicateTracker: Sendable {
    private struct First: Sendable {
        let index: Int
        let origin: RecordOrigin
        let label: String
        var reported: Bool
    }

    private struct Tracked: Sendable {
        let tag: RuleTag
        let items: [Item]
        let check: DuplicateCheck
        var seen: [DuplicateKey: First] = [:]
    }

    private var tracked: [Tracked] = []

    /// Tracks `rules` (those whose check is across persons), expecting about `persons` persons.
    init(rules: [Rule], persons: Int = 0) {
        for rule in rules {
            guard case .acrossPersons(let check) = rule.check else { continue }
            var entry = Tracked(tag: RuleTag(rule), items: rule.items, check: check)
            entry.seen.reserveCapacity(persons)
            tracked.append(entry)
        }
    }

    /// Checks `person` against everyone seen before.
    mutating func observe(_ person: Person, index: Int, label: String, run: inout RuleRun) {
        for r in tracked.indices {
            guard let key = tracked[r].check.key(person) else { continue }
            guard var first = tracked[r].seen[key] else {
                tracked[r].seen[key] = First(index: index, origin: person.origin, label: label, reported: false)
                continue
            }
            let rule = tracked[r].tag, items = tracked[r].items
            let what = tracked[r].check.what(key)
            run.flag(rule: rule.id, severity: rule.severity,
                     message: message(rule, what: what, other: first.label, place: run.inParentheses(first.origin)),
                     targets: items.map { Target(person, $0) }, person: label)
            if !first.reported {
                first.reported = true
                tracked[r].seen[key] = first
                let firstTargets = items.map { Target(origin: first.origin, item: $0, module: $0.module, index: nil) }
                run.flag(rule: rule.id, severity: rule.severity,
                         message: message(rule, what: what, other: label, place: run.inParentheses(person.origin)),
                         targets: firstTargets, person: first.label, personIndex: first.index)
            }
        }
    }

    private func message(_ rule: RuleTag, what: String, other: String, place: String) -> String {
        let sentence = "This person has \(what) as person \(other)\(place)."
        if rule.severity == .query {
            return sentence + " If they are the same person, merge the two records; if not, explain this when COLLECT asks."
        }
        return sentence + " Each person must appear once: merge the two records, or correct the one that is wrong."
    }
}
