/// The uniform numbers behind the choices that decide who is in the return and what the
/// calibration targets measure (kind of record, age, sex, need, setting, plan duration,
/// timeliness, request outcome), drawn from a randomised Kronecker sequence rather than
/// independently.
///
/// Person `i` gets the point `frac(offset_d + π(i) · α_d)` in each dimension `d`, where `π`
/// is a seeded permutation of the people and `α_d` the fractional part of the square root of
/// the d-th prime. Such points cover the unit cube far more evenly than independent draws
/// (randomised quasi-Monte Carlo), so a cohort of 20,000 reproduces the calibration tables
/// to well within sampling noise, while the seeded offsets and permutation make every seed a
/// different, equally valid cohort. The rest of each life is drawn from ordinary per-person
/// streams (``PersonRandom``).
public struct StratifiedDraws: Sendable {
    /// The dimensions, one per calibrated choice.
    public enum Dimension: Int, CaseIterable, Sendable {
        /// What kind of record the person has in the return.
        case kind
        /// Age (or age band) within the kind.
        case age
        /// Sex.
        case sex
        /// Primary need given age and sex.
        case need
        /// Setting given age and need.
        case setting
        /// How long the plan has been in place, or the cease reason.
        case duration
        /// Time from request to plan, or the request outcome.
        case timing
        /// Ethnicity.
        case ethnicity
    }

    private static let primes: [Double] = [2, 3, 5, 7, 11, 13, 17, 19]
    private let permutation: IndexPermutation
    private let offsets: [Double]
    private let steps: [Double]

    /// Draws for `count` people under `seed`.
    public init(count: Int, seed: UInt64) {
        permutation = IndexPermutation(count: count, seed: SplitMix64.derive(seed, 0x5354_5241))
        var rng = SplitMix64(seed: SplitMix64.derive(seed, 0x4F46_4653))
        offsets = Dimension.allCases.map { _ in rng.unit() }
        steps = Dimension.allCases.map { d in
            let root = StratifiedDraws.primes[d.rawValue].squareRoot()
            return root - root.rounded(.down)
        }
    }

    /// Person `index`'s number in `dimension`, in [0, 1).
    public func value(_ dimension: Dimension, person index: Int) -> Double {
        let j = Double(permutation(index))
        let x = offsets[dimension.rawValue] + j * steps[dimension.rawValue]
        return x - x.rounded(.down)
    }
}
