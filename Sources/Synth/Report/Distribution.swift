/// A generated distribution beside its calibration target.
public struct Distribution: Sendable {
    /// What is distributed, for the report's heading.
    public var title: String
    /// The categories, in report order.
    public var categories: [String]
    /// The target share of each category (summing to 1).
    public var target: [Double]
    /// The generated count of each category.
    public var counts: [Int]
    /// The largest total variation distance the issue allows, when it sets one.
    public var limit: Double?

    /// The number of people counted.
    public var total: Int { counts.reduce(0, +) }

    /// The generated share of each category.
    public var shares: [Double] {
        let n = Double(max(total, 1))
        return counts.map { Double($0) / n }
    }

    /// The total variation distance between the generated shares and the target: half the
    /// sum of the absolute differences, 0 when they agree and 1 when they share nothing.
    public var totalVariation: Double {
        0.5 * zip(shares, target).reduce(0) { $0 + abs($1.0 - $1.1) }
    }

    /// A distribution over `keys`, with target shares normalised from `weights`.
    init(title: String, keys: [String], weights: [Double], limit: Double? = nil) {
        self.title = title
        categories = keys
        let sum = weights.reduce(0, +)
        target = weights.map { sum > 0 ? $0 / sum : 0 }
        counts = Array(repeating: 0, count: keys.count)
        self.limit = limit
    }

    /// Counts one person in category `index`.
    mutating func count(_ index: Int) {
        if index >= 0 && index < counts.count { counts[index] += 1 }
    }
}

/// A generated rate beside its target.
public struct Rate: Sendable {
    /// What the rate is, for the report.
    public var title: String
    /// The people who count towards the rate.
    public var numerator: Int
    /// The people it is a share of.
    public var denominator: Int
    /// The target share.
    public var target: Double
    /// The largest difference the issue allows, in percentage points, when it sets one.
    public var limitPoints: Double?

    /// The generated share.
    public var value: Double { denominator > 0 ? Double(numerator) / Double(denominator) : 0 }

    /// The difference from the target, in percentage points.
    public var differencePoints: Double { (value - target) * 100 }
}
