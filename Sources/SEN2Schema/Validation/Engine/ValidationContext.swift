import XLSXIO

/// What every rule needs to know about the return being checked: the year and its code lists,
/// the reference date, the activity period, and the LA making the return.
public struct ValidationContext: Sendable {
    /// The collection year.
    public let year: CollectionYear
    /// The day the return describes (normally the census day).
    public let referenceDate: CalendarDate
    /// The activity period: the calendar year before the census.
    public let period: ClosedRange<CalendarDate>
    /// The 31 August on or before the reference date: the start of the academic year that
    /// holds the reference date, when age limits are measured.
    public let academicYearStart: CalendarDate
    /// The code of the LA making the return, when the header gives a readable one.
    public var ownLA: LACode?
    /// True when the return was read from a COLLECT XML file, whose header must carry the
    /// items the tool otherwise writes itself on export.
    public var isXML: Bool
    let codes: CodeLists

    /// A context for `year`, checked as on `referenceDate` (the census day by default).
    public init(year: CollectionYear, referenceDate: CalendarDate? = nil, ownLA: LACode? = nil, isXML: Bool = false) {
        self.year = year
        let reference = referenceDate ?? year.census
        self.referenceDate = reference
        self.period = year.activityPeriod
        let augustThisYear = CalendarDate(year: reference.year, month: 8, day: 31)
        self.academicYearStart = augustThisYear <= reference ? augustThisYear : CalendarDate(year: reference.year - 1, month: 8, day: 31)
        self.ownLA = ownLA
        self.isXML = isXML
        self.codes = CodeLists(year: year)
    }

    /// Whole years of age on `day` for someone born on `birth`.
    public static func age(bornOn birth: CalendarDate, on day: CalendarDate) -> Int {
        var years = day.year - birth.year
        if (day.month, day.day) < (birth.month, birth.day) { years -= 1 }
        return years
    }
}

/// The codes of every list, for the year being checked and for any supported year, so that a
/// code from another year gets its own message.
struct CodeLists: Sendable {
    private let thisYear: [CodeSetID: Set<String>]
    private let anyYear: [CodeSetID: Set<String>]
    private let year: Int

    init(year: CollectionYear) {
        self.year = year.declaration.codeListYear
        var thisYear: [CodeSetID: Set<String>] = [:]
        var anyYear: [CodeSetID: Set<String>] = [:]
        for set in CodeSetID.allCases {
            thisYear[set] = Set(set.entries(in: self.year).map(\.code))
            var all = Set<String>()
            for y in CollectionYear.allCases { all.formUnion(set.entries(in: y.declaration.codeListYear).map(\.code)) }
            anyYear[set] = all
        }
        self.thisYear = thisYear
        self.anyYear = anyYear
    }

    /// True when `code` is in the year's list.
    func contains(_ code: String, in set: CodeSetID) -> Bool { thisYear[set]?.contains(code) ?? false }

    /// The supported years whose list has `code`.
    func years(having code: String, in set: CodeSetID) -> [CollectionYear] {
        guard anyYear[set]?.contains(code) ?? false else { return [] }
        return CollectionYear.allCases.filter { y in set.entries(in: y.declaration.codeListYear).contains { $0.code == code } }
    }

    /// The year's codes, in official order, for messages.
    func listed(_ set: CodeSetID) -> [CodeEntry] { set.entries(in: year) }
}
