import XLSXIO

/// Everything that describes one collection year's return: census day, and for each module
/// its items and child elements in XML order, with item numbers and requirements.
///
/// Each year is declared in its own file (`Year2024.swift` …) so that the differences between
/// years can be read side by side, and a new year is one new file plus one case in
/// ``CollectionYear``.
public struct YearDeclaration: Sendable {
    /// The collection year.
    public let year: Int
    /// The census day.
    public let census: CalendarDate
    /// False while the year's specification has not been published and its structure is
    /// copied from an earlier year.
    public let isConfirmed: Bool
    /// The collection year whose code lists apply (a year's own, or the year it copies).
    public let codeListYear: Int
    /// What changed from the year before, in plain words.
    public let changes: [String]
    /// Each module's entries in XML order.
    public let modules: [Module: [ModuleEntry]]
    private let specs: [Item: ItemSpec]

    init(year: Int, census: CalendarDate, isConfirmed: Bool = true, codeListYear: Int? = nil, changes: [String],
         modules: [Module: [ModuleEntry]]) {
        self.year = year
        self.census = census
        self.isConfirmed = isConfirmed
        self.codeListYear = codeListYear ?? year
        self.changes = changes
        self.modules = modules
        var specs: [Item: ItemSpec] = [:]
        for entries in modules.values {
            for case .item(let spec) in entries { specs[spec.item] = spec }
        }
        self.specs = specs
    }

    /// A copy for a later year whose specification is not yet published.
    func assumed(year: Int, census: CalendarDate) -> YearDeclaration {
        YearDeclaration(year: year, census: census, isConfirmed: false, codeListYear: codeListYear,
                        changes: ["Not yet confirmed: the structure, requirements and code lists of \(self.year) are assumed."],
                        modules: modules)
    }

    /// The module's entries in XML order (absent items included, marked ``Requirement/absent``).
    public func entries(of module: Module) -> [ModuleEntry] { modules[module] ?? [] }

    /// The module's collected items in XML order.
    public func items(of module: Module) -> [ItemSpec] {
        entries(of: module).compactMap { entry in
            if case .item(let spec) = entry, spec.requirement.isCollected { return spec }
            return nil
        }
    }

    /// How this year declares `item`, or nil when the year does not mention it.
    public func spec(for item: Item) -> ItemSpec? { specs[item] }

    /// Whether this year asks for `item`.
    public func requirement(of item: Item) -> Requirement { specs[item]?.requirement ?? .absent }

    /// True when this year collects `item`.
    public func collects(_ item: Item) -> Bool { requirement(of: item).isCollected }
}
