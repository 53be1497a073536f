import XLSXIO

/// The age bands the DfE publication reports the caseload in, by age on 31 August.
public enum AgeBand: String, CaseIterable, Sendable, Hashable {
    /// Aged under 5 (including children born after that 31 August).
    case under5 = "under 5"
    /// Aged 5 to 10.
    case age5to10 = "5-10"
    /// Aged 11 to 15.
    case age11to15 = "11-15"
    /// Aged 16 to 19.
    case age16to19 = "16-19"
    /// Aged 20 to 25.
    case age20to25 = "20-25"
    /// Older than 25: outside the return's 0–25 range.
    case over25 = "over 25"
    /// Birth date missing, unreadable, or after the reference date.
    case unknown = "unknown"

    /// The age band's definition.
    public static let definition = FigureDefinition(
        id: "age_band", title: "Age band",
        text: "Age in whole years on the most recent 31 August on or before the reference date: under 5, 5-10, 11-15, "
            + "16-19, 20-25; 'over 25' and 'unknown' (birth date missing, unreadable or after the reference date) "
            + "are shown apart.")

    /// The bands the publication reports (without ``over25`` and ``unknown``).
    public static let published: [AgeBand] = [.under5, .age5to10, .age11to15, .age16to19, .age20to25]

    /// The band of a person born on `birthDate`, for `period`.
    public init(birthDate: CalendarDate?, period: SummaryPeriod) {
        guard let birth = birthDate, birth <= period.referenceDate else {
            self = .unknown
            return
        }
        switch AgeBand.age(birthDate: birth, on: period.ageDate) {
        case ..<5: self = .under5
        case 5...10: self = .age5to10
        case 11...15: self = .age11to15
        case 16...19: self = .age16to19
        case 20...25: self = .age20to25
        default: self = .over25
        }
    }

    /// Completed years of age on `date` (negative for someone born after it).
    public static func age(birthDate: CalendarDate, on date: CalendarDate) -> Int {
        let hadBirthday = (date.month, date.day) >= (birthDate.month, birthDate.day)
        return date.year - birthDate.year - (hadBirthday ? 0 : 1)
    }
}
