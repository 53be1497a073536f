import XLSXIO

/// The generated item rules that apply in one year, laid out per module so that checking a
/// record is one pass over its items with no lookups.
struct ItemCheckPlan: Sendable {
    /// One item's checks. A class, so that walking a module's items copies a reference per
    /// item, not every rule tag.
    final class Planned: Sendable {
        let item: Item
        let required: Bool
        let collected: Bool
        let missing, invalid, otherYear, unknownLA, future, notCollected: RuleTag?
        /// The year's codes, for coded items.
        let codeSet: CodeSetID?
        let validCodes: Set<String>

        init(item: Item, required: Bool, collected: Bool, rules: [ItemCheck: Rule], context: ValidationContext) {
            self.item = item
            self.required = required
            self.collected = collected
            missing = rules[.missing].map(RuleTag.init)
            invalid = rules[.invalid].map(RuleTag.init)
            otherYear = rules[.otherYear].map(RuleTag.init)
            unknownLA = rules[.unknownLA].map(RuleTag.init)
            future = rules[.future].map(RuleTag.init)
            notCollected = rules[.notCollected].map(RuleTag.init)
            if case .code(let set) = item.kind {
                codeSet = set
                validCodes = Set(context.codes.listed(set).map(\.code))
            } else {
                codeSet = nil
                validCodes = []
            }
        }
    }

    private let modules: [[Planned]]
    /// The reference date as ISO text: ISO dates order as text does, so most dates are
    /// compared without being parsed.
    private let referenceText: String

    init(context: ValidationContext) {
        let declaration = context.year.declaration
        referenceText = context.referenceDate.description
        modules = Module.allCases.map { module in
            declaration.entries(of: module).compactMap { entry -> Planned? in
                guard case .item(let spec) = entry else { return nil }
                let rules = (ItemRules.byItem[spec.item] ?? [:]).filter { $0.value.applies(in: context.year) }
                let checkedOnExport = context.isXML || !ItemRules.writtenOnExport.contains(spec.item)
                return Planned(item: spec.item, required: spec.requirement == .required && checkedOnExport,
                               collected: spec.requirement.isCollected, rules: rules, context: context)
            }
        }
    }

    /// Runs every planned item check of `module` over `record`.
    ///
    /// A record the reader made to hold orphaned rows has no cells of its own and is skipped:
    /// the missing row is reported once, by rule SX705.
    func check<R: ItemRecord>(_ record: R, module: Module, index: Int? = nil, person: String?, run: inout RuleRun) {
        guard !run.isMadeByReader(record) else { return }
        for p in modules[module.position] {
            switch record.field(p.item) {
            case .absent:
                if p.required, let rule = p.missing {
                    let message = "\(Wording.name(p.item)) is missing: every \(Wording.record(module)) needs it. \(p.item.definition)"
                    flag(rule, message, record, p.item, index, person, &run)
                }
            case .invalid(let raw):
                if !p.collected {
                    notCollected(p, raw, record, index, person, &run)
                } else if let rule = p.invalid {
                    flag(rule, invalidMessage(p.item, raw: raw, run.context), record, p.item, index, person, &run)
                }
            case .value(let text):
                if !p.collected {
                    notCollected(p, text, record, index, person, &run)
                } else if let set = p.codeSet {
                    guard let rule = p.otherYear, !p.validCodes.contains(text) else { continue }
                    let years = run.context.codes.years(having: text, in: set).map(\.description)
                    guard !years.isEmpty else { continue }
                    let message = "\"\(text)\" is in the \(Wording.list(years, or: "and")) code list for \(Wording.name(p.item)), but not in the \(run.year) list. "
                        + "Choose a code from the \(run.year) list: \(codeList(set, run.context))."
                    flag(rule, message, record, p.item, index, person, &run)
                } else if let rule = p.unknownLA {
                    guard let message = laMessage(p.item, text) else { continue }
                    flag(rule, message, record, p.item, index, person, &run)
                } else if let rule = p.future, text > referenceText, let date = CalendarDate(iso: text), date > run.referenceDate {
                    let message = "\(Wording.name(p.item)) \(Wording.date(date)) is after the reference date \(Wording.date(run.referenceDate)). "
                        + "The return describes the position on the reference date: correct the date, or leave it out if it has not happened yet."
                    flag(rule, message, record, p.item, index, person, &run)
                }
            }
        }
    }

    private func flag<R: ItemRecord>(_ rule: RuleTag, _ message: String, _ record: R, _ item: Item, _ index: Int?, _ person: String?,
                                     _ run: inout RuleRun) {
        run.flag(rule: rule.id, severity: rule.severity, message: message, targets: [Target(record, item, index: index)], person: person)
    }

    private func notCollected<R: ItemRecord>(_ p: Planned, _ value: String, _ record: R, _ index: Int?, _ person: String?, _ run: inout RuleRun) {
        guard run.context.isXML, let rule = p.notCollected else { return }
        let message = "\(p.item.element) \"\(value)\" is given, but the \(run.year) return does not collect \(Wording.name(p.item)); it will not be exported. "
            + "Check that the file is for the \(run.year) collection."
        flag(rule, message, record, p.item, index, person, &run)
    }

    private func invalidMessage(_ item: Item, raw: String, _ context: ValidationContext) -> String {
        let name = Wording.name(item)
        switch item.kind {
        case .date:
            return "\"\(raw)\" is not a real date, so \(name) cannot be read. Type the date as dd/mm/yyyy, for example 05/03/2024."
        case .dateTime:
            return "\"\(raw)\" is not a date and time. Write it as yyyy-mm-ddThh:mm:ss, for example 2026-01-15T09:30:00."
        case .year:
            return "\"\(raw)\" is not a year. Write the collection year as four digits, for example \(context.year)."
        case .code(let set):
            return "\"\(raw)\" is not a code for \(name). Use one of: \(codeList(set, context))."
        case .laCode:
            return "\"\(raw)\" is not a local authority code. Give the 3-digit code, for example 202 for Camden."
        case .uln:
            return "\"\(raw)\" is not a ULN: a Unique Learner Number has exactly 10 digits. Check it against the learner's record, or leave it blank and give a UPN or the reason neither is available."
        case .urn:
            return "\"\(raw)\" is not a URN: a URN has 6 digits. Look the setting up on Get Information about Schools, or give its UKPRN or SEN setting type instead."
        case .ukprn:
            return "\"\(raw)\" is not a UKPRN: a UKPRN has 8 digits and begins with 1. Look the provider up on the UK Register of Learning Providers."
        case .postcode:
            return "\"\(raw)\" does not look like a UK postcode (for example SW1A 1AA). Check the home address."
        case .text, .fixed, .serialNumber, .upn:
            return "\"\(raw)\" is not a valid value for \(name)."
        }
    }

    private func laMessage(_ item: Item, _ code: String) -> String? {
        if code == SEN2Decisions.unknownLACode {
            if item == .lea { return "XXX (unknown authority) cannot be the LA making the return. Give your authority's 3-digit code." }
            if SEN2Decisions.acceptsUnknownLACodeForTransfers { return nil }
            return "XXX (unknown authority) is not accepted for \(Wording.name(item)). Give the authority's 3-digit code."
        }
        if let authority = LocalAuthority.named(code) {
            guard authority.isFormer else { return nil }
            return "\(code) is the code of \(authority.name), which no longer exists, so it cannot be used for \(Wording.name(item)). "
                + "Give the code of the authority that replaced it."
        }
        return "\(code) is not the code of an English local authority, so it cannot be used for \(Wording.name(item)). "
            + "Check the 3-digit code" + (item == .lea ? "." : ", or give XXX if the authority is unknown or outside the UK.")
    }

    private func codeList(_ set: CodeSetID, _ context: ValidationContext) -> String {
        let entries = context.codes.listed(set)
        if entries.count <= 20 { return Wording.list(entries.map(\.code)) }
        return "the \(entries.count) codes of the \(context.year) list, for example \(entries[0].code) (\(entries[0].label))"
    }
}

extension Module {
    /// The module's position in ``Module/allCases``, for arrays indexed by module.
    var position: Int {
        switch self {
        case .collectionDetails: return 0
        case .source: return 1
        case .person: return 2
        case .requests: return 3
        case .assessment: return 4
        case .namedPlan: return 5
        case .planDetail: return 6
        case .activePlans: return 7
        case .placementDetail: return 8
        case .senNeed: return 9
        }
    }
}
