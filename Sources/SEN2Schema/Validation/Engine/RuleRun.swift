import XLSXIO

/// The state a rule's check runs in: the context, the rule, the person being checked, where
/// in the return the check is, and the findings made so far.
///
/// Checks call ``flag(_:_:)`` with a message and the record items involved; the run turns
/// them into a ``Finding`` with every involved cell, the element path and the person.
public struct RuleRun: Sendable {
    /// The year, reference date and code lists.
    public let context: ValidationContext
    /// The person being checked (empty while the header is checked).
    public internal(set) var person = Person()
    /// 0-based position of the person in the return.
    var personIndex = 0
    /// 0-based positions of the records being checked, for element paths.
    var requestIndex = 0, detailIndex = 0, placementIndex = 0, needIndex = 0
    /// The rule whose check is running.
    var rule: RuleTag?
    /// Findings so far.
    var findings: [Finding] = []
    /// Resolves record origins to cells.
    let locator: SEN2Return

    init(context: ValidationContext, sources: [SourceTable]) {
        self.context = context
        self.locator = SEN2Return(sources: sources)
    }

    /// Shorthand for the collection year.
    var year: CollectionYear { context.year }
    /// Shorthand for the reference date.
    var referenceDate: CalendarDate { context.referenceDate }

    /// Reports a finding of the running rule about `targets` (the first is where it belongs).
    mutating func flag(_ message: String, _ targets: Target...) {
        flag(message, targets)
    }

    /// Reports a finding of the running rule about `targets` (the first is where it belongs).
    mutating func flag(_ message: String, _ targets: [Target]) {
        guard let rule else { return }
        flag(rule: rule.id, severity: rule.severity, message: message, targets: targets, person: personLabel)
    }

    /// Reports a finding of any rule, for checks that run outside a rule's own check.
    mutating func flag(rule: String, severity: Severity, message: String, targets: [Target], person: String?,
                       personIndex: Int? = nil) {
        var locations: [SourceLocation] = []
        for target in targets {
            guard let location = cell(of: target) else { continue }
            if !locations.contains(location) { locations.append(location) }
        }
        let path = targets.first.map { elementPath(of: $0, personIndex: personIndex ?? self.personIndex) } ?? "Message"
        findings.append(Finding(ruleID: rule, severity: severity, locations: locations, path: path, person: person, message: message))
    }

    /// Where a target is: its item's cell, or the record's ID cell; for a table keyed only
    /// by its parent's ID (an assessment, keyed by Request ID), that ID's cell.
    func cell(of target: Target) -> SourceLocation? {
        guard var location = locator.location(of: target.origin, item: target.item) else { return nil }
        if location.column == nil, location.element == nil {
            let source = locator.sources[Int(target.origin.source)]
            location.column = source.idColumn ?? source.parentIDColumn ?? 1
        }
        return location
    }

    /// True for a record the reader made to hold rows whose parent row was missing (it has
    /// no row of its own; the reader reports the missing row, rule SX705).
    func isMadeByReader<R: ItemRecord>(_ record: R) -> Bool {
        let source = Int(record.origin.source)
        guard source >= 0, source < locator.sources.count, let table = locator.sources[source].table else { return false }
        return table != R.table
    }

    /// Where a record is, for messages that point at another row: `Persons row 14`,
    /// `line 523`, or empty for records made in code.
    func place(of origin: RecordOrigin) -> String {
        guard let location = locator.location(of: origin), let row = location.row else { return "" }
        if let sheet = location.sheet { return "\(sheet) row \(row)" }
        if location.file.lowercased().hasSuffix(".csv") {
            return "\(location.file.split(separator: "/").last.map(String.init) ?? location.file) line \(row)"
        }
        return "line \(row)"
    }

    /// The current person's Person ID, or UPN, or position in the return.
    var personLabel: String {
        if let id = person.id, !id.isEmpty { return id }
        if let upn = person.upn.text { return upn }
        return "Person[\(personIndex + 1)]"
    }

    /// `Message/Persons/Person[3]/Requests[1]/Assessment/NamedPlan/PlanDetail[2]/URN`.
    ///
    /// Records above the target are the ones being checked; `personIndex` names another
    /// person (a duplicate found earlier).
    func elementPath(of target: Target, personIndex: Int) -> String {
        var parts = ["Message"]
        let chain = target.module.chain
        if chain.first == .collectionDetails || chain.first == .source {
            parts.append("Header")
        } else {
            parts.append("Persons")
        }
        for module in chain {
            let own = module == target.module ? target.index : nil
            switch module {
            case .person: parts.append("Person[\(personIndex + 1)]")
            case .requests: parts.append("Requests[\((target.request ?? requestIndex) + 1)]")
            case .planDetail: parts.append("PlanDetail[\((own ?? detailIndex) + 1)]")
            case .placementDetail: parts.append("PlacementDetail[\((own ?? placementIndex) + 1)]")
            case .senNeed: parts.append("SENneed[\((own ?? needIndex) + 1)]")
            default: parts.append(module.element)
            }
        }
        if let item = target.item { parts.append(item.element) }
        return parts.joined(separator: "/")
    }
}

/// What a finding needs to know of the rule that made it, small enough to set before every
/// check without copying the whole declaration.
struct RuleTag: Sendable {
    let id: String
    let severity: Severity

    init(_ rule: Rule) {
        id = rule.id
        severity = rule.severity
    }
}

/// One record item a finding is about; `item` nil means the whole record (its ID cell).
public struct Target: Sendable {
    /// Where the record came from.
    let origin: RecordOrigin
    /// The item, or nil for the whole record.
    let item: Item?
    /// The record's module.
    let module: Module
    /// The record's 0-based position among its siblings, when it is not the one being checked.
    let index: Int?
    /// The 0-based position of the record's request, when it is not the one being checked.
    let request: Int?

    /// The item `item` of `record` (the whole record when nil). `index` is the record's
    /// position among its siblings, and `request` its request's position, when they are not
    /// the records the check is looking at.
    init<R: ItemRecord>(_ record: R, _ item: Item? = nil, index: Int? = nil, request: Int? = nil) {
        self.init(origin: record.origin, item: item, module: item?.module ?? R.table.modules[R.table.modules.count - 1],
                  index: index, request: request)
    }

    /// A target given by its parts.
    init(origin: RecordOrigin, item: Item?, module: Module, index: Int?, request: Int? = nil) {
        self.origin = origin
        self.item = item
        self.module = module
        self.index = index
        self.request = request
    }
}

extension Module {
    /// The modules from the top of the tree down to this one.
    var chain: [Module] {
        switch self {
        case .collectionDetails, .source, .person: return [self]
        case .requests: return [.person, .requests]
        case .assessment, .activePlans: return [.person, .requests, self]
        case .namedPlan: return [.person, .requests, .assessment, .namedPlan]
        case .planDetail: return [.person, .requests, .assessment, .namedPlan, .planDetail]
        case .placementDetail, .senNeed: return [.person, .requests, .activePlans, self]
        }
    }
}
