import SEN2Schema

/// One person of a synthetic cohort: the record as written (with any planted mistake), the
/// clean record it came from, and why they are in the return.
public struct GeneratedPerson: Sendable {
    /// The person's 0-based index in the cohort.
    public var index: Int
    /// Why the person is in the return.
    public var situation: Situation
    /// The record without mistakes.
    public var clean: Person
    /// The record as written: the clean one, or a copy with a planted mistake.
    public var person: Person
    /// The mistakes planted in ``person``.
    public var mistakes: [PlantedMistake]
}
