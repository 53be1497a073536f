/// The random streams of one person, seeded from the cohort seed and the person's index
/// only, so a person comes out the same whichever thread generates them and however many
/// people come before.
///
/// Separate streams for separate purposes mean that planting mistakes (``Purpose/mistakes``)
/// never changes the clean part of a person.
public struct PersonRandom: Sendable {
    /// What a stream is used for.
    public enum Purpose: UInt64, Sendable {
        /// Name, birth date within the year, postcode, identifiers.
        case identity = 1
        /// Dates and events of the life course.
        case life = 2
        /// Placements and settings.
        case placements = 3
        /// Planted mistakes.
        case mistakes = 4
    }

    private let seed: UInt64
    private let index: UInt64

    /// The streams of person `index` under the cohort `seed`.
    public init(seed: UInt64, index: Int) {
        self.seed = seed
        self.index = UInt64(index)
    }

    /// A fresh generator for `purpose`.
    public func stream(_ purpose: Purpose) -> SplitMix64 {
        SplitMix64(seed: SplitMix64.derive(seed, index, purpose.rawValue))
    }
}
