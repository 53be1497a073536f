import SEN2Schema
import XLSXIO

/// What to generate: how many people, for which year, LA and reference date, from which seed
/// and parameters, with how many planted mistakes.
public struct SynthOptions: Sendable {
    /// The number of persons in the return.
    public var children: Int
    /// The collection year.
    public var year: CollectionYear
    /// The reference date; the year's census day when nil.
    public var referenceDate: CalendarDate?
    /// The LA making the return (a current English LA code).
    public var la: String
    /// The seed: the same seed and options give the same cohort.
    public var seed: UInt64
    /// The profile the parameters start from.
    public var profile: Profile
    /// Parameters replacing the profile's (from a user's file), when given.
    public var parameters: SynthParameters?
    /// The share of persons given one planted mistake (0 for a clean return).
    public var errorRate: Double
    /// The software release written in the header.
    public var release: String

    /// The most persons a cohort can have (unique UPNs run out beyond this).
    public static let maximumChildren = PupilNumbers.capacity

    /// Options with the defaults of `sen2xl synth`.
    public init(children: Int, year: CollectionYear = .latest, referenceDate: CalendarDate? = nil, la: String = "202",
                seed: UInt64 = 1, profile: Profile = .england, parameters: SynthParameters? = nil, errorRate: Double = 0,
                release: String = "") {
        self.children = children
        self.year = year
        self.referenceDate = referenceDate
        self.la = la
        self.seed = seed
        self.profile = profile
        self.parameters = parameters
        self.errorRate = errorRate
        self.release = release
    }

    /// The reference date in effect.
    public var effectiveReferenceDate: CalendarDate { referenceDate ?? year.census }

    /// Refuses options that cannot make a valid return, naming the option.
    public func validated() throws(SynthError) -> SynthOptions {
        guard children >= 1, children <= SynthOptions.maximumChildren else {
            throw SynthError(location: "--children", message: "give a number of persons from 1 to \(SynthOptions.maximumChildren)")
        }
        guard LocalAuthority.isCurrent(la) else {
            throw SynthError(location: "--la", message: "'\(la)' is not the 3-digit code of a current English local authority")
        }
        let ref = effectiveReferenceDate
        guard ref.year == year.rawValue else {
            throw SynthError(location: "--reference-date",
                             message: "\(ref) is not in \(year.rawValue); the \(year.rawValue) return's reference date is its census day, \(year.census)")
        }
        guard errorRate.isFinite, errorRate >= 0, errorRate <= 1 else {
            throw SynthError(location: "--errors", message: "give the share of persons with a mistake, from 0 to 1 (for example 0.05)")
        }
        return self
    }
}
