/// A discrete distribution over categories, sampled by inverse CDF so that a stratified
/// uniform number (``StratifiedDraws``) maps to categories in proportion to their weights.
public struct WeightedTable<Category: Hashable & Sendable>: Sendable {
    /// The categories with positive weight, in the order given.
    public let categories: [Category]
    /// Each category's probability.
    public let probabilities: [Double]
    private let cumulative: [Double]

    /// A table from categories and non-negative weights (at least one positive).
    ///
    /// Categories with zero weight are dropped.
    public init(_ entries: [(Category, Double)]) {
        let kept = entries.filter { $0.1 > 0 }
        precondition(!kept.isEmpty, "a weighted table needs a positive weight")
        let total = kept.reduce(0) { $0 + $1.1 }
        categories = kept.map(\.0)
        probabilities = kept.map { $0.1 / total }
        var running = 0.0
        cumulative = probabilities.map { running += $0; return running }
    }

    /// A table from a dictionary, ordered by `order` (categories missing from `order` are ignored).
    public init(_ weights: [Category: Double], order: [Category]) {
        self.init(order.map { ($0, weights[$0] ?? 0) })
    }

    /// The category whose cumulative interval holds `u` (in [0, 1)).
    public func pick(_ u: Double) -> Category {
        var lo = 0
        var hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if u < cumulative[mid] { hi = mid } else { lo = mid + 1 }
        }
        return categories[lo]
    }

    /// A category drawn from `rng`.
    public func pick(using rng: inout SplitMix64) -> Category { pick(rng.unit()) }

    /// The probability of `category` (0 when absent).
    public func probability(of category: Category) -> Double {
        categories.firstIndex(of: category).map { probabilities[$0] } ?? 0
    }
}

/// A distribution of whole days made of bins, uniform within each bin: the form every
/// waiting time and duration takes here, so that sampling needs no logarithms or
/// exponentials whose last bits may differ between C libraries.
public struct DayBins: Sendable {
    /// One bin: days from `lower` to `upper` inclusive.
    public struct Bin: Sendable, Hashable {
        /// The first day.
        public var lower: Int
        /// The last day.
        public var upper: Int
        /// The bin's weight.
        public var weight: Double
    }

    /// The bins.
    public let bins: [Bin]
    private let table: WeightedTable<Int>

    /// Bins from `(lower, upper, weight)` triples.
    public init(_ bins: [(Int, Int, Double)]) {
        let made = bins.map { Bin(lower: $0.0, upper: $0.1, weight: $0.2) }
        self.bins = made
        table = WeightedTable(made.indices.map { ($0, made[$0].weight) })
    }

    /// A number of days: the bin chosen by `u`, the day within it from `rng`.
    public func days(_ u: Double, rng: inout SplitMix64) -> Int {
        let bin = bins[table.pick(u)]
        return rng.integer(in: bin.lower...bin.upper)
    }

    /// A number of days drawn from `rng` alone.
    public func days(using rng: inout SplitMix64) -> Int {
        let u = rng.unit()
        return days(u, rng: &rng)
    }

    /// The probability that a draw is at most `day`.
    public func probability(atMost day: Int) -> Double {
        var p = 0.0
        for (i, bin) in bins.enumerated() {
            let share = table.probability(of: i)
            if day >= bin.upper { p += share } else if day >= bin.lower {
                p += share * Double(day - bin.lower + 1) / Double(bin.upper - bin.lower + 1)
            }
        }
        return p
    }
}
