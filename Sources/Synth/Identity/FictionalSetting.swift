/// A school, college or provider that does not exist, with a real-looking URN or UKPRN, for
/// placing synthetic children. Lists per kind are in ``SettingCatalogue``.
public struct FictionalSetting: Sendable, Hashable {
    /// The phases a school teaches.
    public enum Phase: Sendable, Hashable {
        /// Reception to year 6.
        case primary
        /// Year 7 to year 13.
        case secondary
        /// Every age the setting's kind serves.
        case allThrough
    }

    /// The setting's name.
    public var name: String
    /// Its URN (6 digits) or UKPRN (8 digits).
    public var identifier: String
    /// The phases it teaches.
    public var phase: Phase

    /// True when the setting teaches a person of `age` (age at 31 August).
    public func teaches(age: Int) -> Bool {
        switch phase {
        case .primary: return age <= 10
        case .secondary: return age >= 11
        case .allThrough: return true
        }
    }
}
