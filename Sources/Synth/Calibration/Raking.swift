/// Iterative proportional fitting ("raking"): scales a table of non-negative weights until
/// groups of its cells add up to given targets.
///
/// The generator draws several things jointly (need with age and sex; setting with age and
/// need; plan duration with age) but the statistics publish mostly one-way totals and a few
/// cross-tabulated cells. Raking a plausible starting table to all the published totals at
/// once gives a joint table that reproduces every one of them while keeping the starting
/// table's shape where the statistics are silent.
struct Raking {
    /// A group of cells and the total they must reach.
    struct Constraint {
        /// Indices into the table.
        var cells: [Int]
        /// The total.
        var target: Double
    }

    /// The table being fitted.
    private(set) var weights: [Double]
    private var constraints: [Constraint] = []

    /// Starts from `seed` weights.
    init(seed: [Double]) { weights = seed }

    /// Adds a constraint: the cells for which `member` is true must add up to `target`.
    mutating func require(_ target: Double, where member: (Int) -> Bool) {
        let cells = weights.indices.filter(member)
        guard !cells.isEmpty else { return }
        constraints.append(Constraint(cells: cells, target: target))
    }

    /// Fits the table by cycling through the constraints `rounds` times (or until every
    /// constraint is met to one part in a million).
    ///
    /// - Returns: the largest relative miss left, 0 when every constraint is met.
    @discardableResult
    mutating func fit(rounds: Int = 500) -> Double {
        var worst = 0.0
        for _ in 0..<rounds {
            worst = 0
            for c in constraints {
                let sum = c.cells.reduce(0.0) { $0 + weights[$1] }
                guard sum > 0 else { continue }
                let factor = c.target / sum
                worst = max(worst, abs(factor - 1))
                for i in c.cells { weights[i] *= factor }
            }
            if worst < 1e-6 { break }
        }
        return worst
    }
}
