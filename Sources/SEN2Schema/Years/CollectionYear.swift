import XLSXIO

/// A collection year of the person-level SEN2 return, named by the year of its January
/// census day (the 2026 return counts the caseload on 15 January 2026 and the activity of
/// calendar year 2025).
///
/// 2027 is declared with 2026's structure, requirements and code lists until the DfE
/// publishes the 2027 specification (``isConfirmed`` is false).
public enum CollectionYear: Int, CaseIterable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The January 2024 return.
    case y2024 = 2024
    /// The January 2025 return.
    case y2025 = 2025
    /// The January 2026 return.
    case y2026 = 2026
    /// The January 2027 return (structure assumed equal to 2026's).
    case y2027 = 2027

    /// The year's declaration.
    public var declaration: YearDeclaration {
        switch self {
        case .y2024: return YearDeclaration.year2024
        case .y2025: return YearDeclaration.year2025
        case .y2026: return YearDeclaration.year2026
        case .y2027: return YearDeclaration.year2027
        }
    }

    /// The census ("survey") day.
    public var census: CalendarDate { declaration.census }

    /// The activity period: the whole calendar year before the census.
    public var activityPeriod: ClosedRange<CalendarDate> {
        CalendarDate(year: rawValue - 1, month: 1, day: 1)...CalendarDate(year: rawValue - 1, month: 12, day: 31)
    }

    /// False while the year's specification is assumed rather than published.
    public var isConfirmed: Bool { declaration.isConfirmed }

    /// The latest declared year.
    public static var latest: CollectionYear { allCases.last! }

    /// The year named `value`, or nil when it is not a supported collection year.
    public init?(year value: Int) { self.init(rawValue: value) }

    /// The value as text.
    public var description: String { String(rawValue) }

    /// Orders by value.
    public static func < (a: CollectionYear, b: CollectionYear) -> Bool { a.rawValue < b.rawValue }
}
