import XLSXIO

/// The checks every item gets, whatever its module: present when the year requires it,
/// readable as its kind of value, in the year's code list, a current LA code, and not after
/// the reference date. One rule is declared per item and check, generated from the item
/// catalogue and the year declarations, so a new item or year needs no new rule code.
enum ItemCheck: String, Sendable, CaseIterable {
    /// A required item is absent.
    case missing
    /// The value cannot be read as the item's kind (an impossible date, an unknown code).
    case invalid
    /// A code valid in another collection year but not this one.
    case otherYear
    /// An LA code that is not a current English authority.
    case unknownLA
    /// A date after the reference date.
    case future
    /// A value for an item the year does not collect (XML input; workbook columns are
    /// reported once per column by the reader).
    case notCollected
}

/// The rules generated for every item, and the code that runs them over a record.
enum ItemRules {
    /// Header items the tool writes itself on export; a workbook need not give them.
    static let writtenOnExport: Set<Item> = [.collection, .year, .referenceDate, .sourceLevel, .softwareCode, .release, .serialNo, .dateTime]
    /// Dates that may lie after the reference date: a statutory due date can be in the future.
    static let mayBeFuture: Set<Item> = [.phaseTransferDueDate, .referenceDate]

    /// Every generated rule, item by item in catalogue order.
    static let all: [Rule] = Item.allCases.flatMap(rules(for:))

    /// Generated rules by item and check.
    static let byItem: [Item: [ItemCheck: Rule]] = {
        var map: [Item: [ItemCheck: Rule]] = [:]
        for rule in all { if case .item(let item, let check) = rule.check { map[item, default: [:]][check] = rule } }
        return map
    }()

    static func id(_ item: Item, _ check: ItemCheck) -> String { "\(item.module.element).\(item.element).\(check.rawValue)" }

    private static func rules(for item: Item) -> [Rule] {
        let name = Wording.name(item)
        var rules: [Rule] = []
        let required = Set(CollectionYear.allCases.filter { $0.declaration.requirement(of: item) == .required })
        if !required.isEmpty {
            let reading = writtenOnExport.contains(item)
                ? "sen2xl writes this item on export, so it is checked only in COLLECT XML files." : ""
            rules.append(Rule(id(item, .missing), .error, years: required, items: [item],
                              title: "\(name) is missing", reading: reading, check: .item(item, .missing)))
        }
        if let severity = invalidSeverity(item.kind) {
            let reading = item.kind == .postcode
                ? "The official postcode format is not published; values not shaped like a UK postcode are queried, not refused." : ""
            rules.append(Rule(id(item, .invalid), severity, years: collectedIn(item), items: [item],
                              title: "\(name) is not a valid \(kindName(item.kind))", reading: reading, check: .item(item, .invalid)))
        }
        if case .code(let set) = item.kind, codeListChanges(set, whileCollecting: item) {
            rules.append(Rule(id(item, .otherYear), .error, years: collectedIn(item), items: [item],
                              title: "\(name) uses a code from another year's list", check: .item(item, .otherYear)))
        }
        if item.kind == .laCode {
            let reading = item == .lea ? "" : "XXX (unknown authority or outside the UK) is accepted here; see DECISIONS.md."
            rules.append(Rule(id(item, .unknownLA), .error, years: collectedIn(item), items: [item],
                              title: "\(name) is not a current English local authority", reading: reading, check: .item(item, .unknownLA)))
        }
        if item.kind == .date, !mayBeFuture.contains(item) {
            rules.append(Rule(id(item, .future), .error, years: collectedIn(item), items: [item],
                              title: "\(name) is after the reference date", check: .item(item, .future)))
        }
        let notCollected = Set(CollectionYear.allCases.filter { !$0.declaration.collects(item) })
        if !notCollected.isEmpty {
            rules.append(Rule(id(item, .notCollected), .query, years: notCollected, items: [item],
                              title: "\(name) is given but not collected this year",
                              reading: "In workbooks the reader reports such a column once, at its heading.", check: .item(item, .notCollected)))
        }
        return rules
    }

    private static func collectedIn(_ item: Item) -> Set<CollectionYear> {
        Set(CollectionYear.allCases.filter { $0.declaration.collects(item) })
    }

    /// True when the code list differs between the years that collect `item`.
    private static func codeListChanges(_ set: CodeSetID, whileCollecting item: Item) -> Bool {
        let lists = collectedIn(item).map { Set(set.entries(in: $0.declaration.codeListYear).map(\.code)) }
        return Set(lists).count > 1
    }

    private static func invalidSeverity(_ kind: ValueKind) -> Severity? {
        switch kind {
        case .text, .fixed, .serialNumber, .upn: return nil
        case .postcode: return .query
        case .date, .dateTime, .year, .code, .laCode, .uln, .urn, .ukprn: return .error
        }
    }

    private static func kindName(_ kind: ValueKind) -> String {
        switch kind {
        case .date: return "date"
        case .dateTime: return "date and time"
        case .year: return "year"
        case .code: return "code"
        case .laCode: return "local authority code"
        case .uln: return "ULN"
        case .urn: return "URN"
        case .ukprn: return "UKPRN"
        case .postcode: return "postcode"
        case .text, .fixed, .serialNumber, .upn: return "value"
        }
    }
}
