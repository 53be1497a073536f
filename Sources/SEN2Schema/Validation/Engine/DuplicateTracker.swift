/// How one across-persons rule finds duplicates: the key two persons must not share, the item
/// whose cell is marked, and how to name the shared value in a message.
struct DuplicateCheck: Sendable {
    /// The item whose cell a finding marks.
    let item: Item
    /// The person's key, or nil when they have none (no UPN, say).
    let key: @Sendable (Person) -> DuplicateKey?
    /// The shared value in words: "the UPN A123…".
    let what: @Sendable (Person) -> String
}

/// A value two persons must not share. Long keys are kept as a 64-bit hash so that the state
/// per person stays small; a collision between different keys is astronomically unlikely.
enum DuplicateKey: Hashable, Sendable {
    /// A short identifier kept as text (UPNs and ULNs fit in a string without allocation).
    case text(String)
    /// A hash of a longer key.
    case hash(UInt64)

    /// Surname, forename (letters and digits only, any case) and birth date, hashed with FNV-1a.
    static let nameAndBirthDate: @Sendable (Person) -> DuplicateKey? = { person in
        guard let surname = person.surname.value, let forename = person.forename.value, let birth = person.birthDate.value else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for scalar in CodeText.matchKey(text).utf8 { hash = (hash ^ UInt64(scalar)) &* 0x0000_0100_0000_01b3 }
            hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01b3
        }
        mix(surname)
        mix(forename)
        hash = (hash ^ UInt64(bitPattern: Int64(birth.daysSinceEpoch))) &* 0x0000_0100_0000_01b3
        return .hash(hash)
    }
}

/// Remembers, per across-persons rule, the first person with each key, and reports every later
/// person sharing it (and the first, once).
struct DuplicateTracker: Sendable {
    private struct First: Sendable {
        let index: Int
        let origin: RecordOrigin
        let label: String
        let what: String
        var reported: Bool
    }

    /// The across-persons rules that apply.
    var rules: [Rule] = [] {
        didSet { seen = Array(repeating: [:], count: rules.count) }
    }
    private var seen: [[DuplicateKey: First]] = []

    /// Checks `person` against everyone seen before.
    mutating func observe(_ person: Person, index: Int, label: String, run: inout RuleRun) {
        for (r, rule) in rules.enumerated() {
            guard case .acrossPersons(let check) = rule.check, let key = check.key(person) else { continue }
            guard var first = seen[r][key] else {
                seen[r][key] = First(index: index, origin: person.origin, label: label, what: check.what(person), reported: false)
                continue
            }
            let what = check.what(person)
            let involved = rule.items.map { Target(person, $0) }
            run.flag(rule: rule.id, severity: rule.severity,
                     message: message(rule, what: what, other: first.label, place: run.inParentheses(first.origin)),
                     targets: involved, person: label)
            if !first.reported {
                first.reported = true
                seen[r][key] = first
                let firstTargets = rule.items.map { Target(origin: first.origin, item: $0, module: $0.module, index: nil) }
                run.flag(rule: rule.id, severity: rule.severity,
                         message: message(rule, what: first.what, other: label, place: run.inParentheses(person.origin)),
                         targets: firstTargets, person: first.label, personIndex: first.index)
            }
        }
    }

    private func message(_ rule: Rule, what: String, other: String, place: String) -> String {
        let sentence = "This person has \(what) as person \(other)\(place)."
        if rule.severity == .query {
            return sentence + " If they are the same person, merge the two records; if not, explain this when COLLECT asks."
        }
        return sentence + " Each person must appear once: merge the two records, or correct the one that is wrong."
    }
}
