/// Counts by category, in a fixed order of categories (the order the summary prints them).
public struct Breakdown: Hashable, Sendable {
    /// The categories, in order.
    public private(set) var keys: [String]
    private var counts: [String: Int]

    /// A breakdown with every one of `keys` at zero.
    public init(keys: [String] = []) {
        self.keys = keys
        counts = Dictionary(uniqueKeysWithValues: keys.map { ($0, 0) })
    }

    /// Adds `amount` to `key`, appending the key when it is new.
    public mutating func add(_ key: String, _ amount: Int = 1) {
        if let count = counts[key] {
            counts[key] = count + amount
        } else {
            keys.append(key)
            counts[key] = amount
        }
    }

    /// The count of `key` (0 when absent).
    public subscript(key: String) -> Int { counts[key] ?? 0 }

    /// The sum of every count.
    public var total: Int { counts.values.reduce(0, +) }

    /// The categories and their counts, in order.
    public var entries: [(key: String, count: Int)] { keys.map { ($0, counts[$0] ?? 0) } }

    /// The categories with a count, in order.
    public var nonZeroKeys: [String] { keys.filter { (counts[$0] ?? 0) != 0 } }

    /// Keeps `first` and `last` keys where they are and puts the others between them, largest
    /// count first (ties by name): for categories that are not known in advance.
    public mutating func orderByCount(keepingFirst first: [String], last: [String]) {
        let fixed = Set(first + last)
        let middle = keys.filter { !fixed.contains($0) }.sorted { (self[$0], $1) > (self[$1], $0) }
        keys = first.filter { counts[$0] != nil } + middle + last.filter { counts[$0] != nil }
    }
}
