import XLSXIO

extension YearDeclaration {
    /// The January 2027 return. Its specification is not yet published, so its structure,
    /// requirements and code lists are taken as 2026's; only the census day is its own.
    static let year2027 = year2026.assumed(year: 2027, census: CalendarDate(year: 2027, month: 1, day: 21))
}
