import XLSXIO

/// Shared phrasing for messages, so every rule names dates, items and codes the same way.
enum Wording {
    /// A date as caseworkers write it: `05/03/2024`.
    static func date(_ d: CalendarDate) -> String {
        let day = d.day < 10 ? "0\(d.day)" : "\(d.day)"
        let month = d.month < 10 ? "0\(d.month)" : "\(d.month)"
        return "\(day)/\(month)/\(d.year)"
    }

    /// `20 weeks and 1 day`.
    static func weeks(_ days: Int) -> String {
        let weeks = days / 7, rest = days % 7
        let w = "\(weeks) week" + (weeks == 1 ? "" : "s")
        return rest == 0 ? w : w + " and \(rest) day" + (rest == 1 ? "" : "s")
    }

    /// The item's template heading, as the user sees it in the workbook.
    static func name(_ item: Item) -> String { item.heading }

    /// `CODE (label)` in the year's wording.
    static func code<C: SEN2Code>(_ code: C, in year: CollectionYear) -> String {
        "\(code.code) (\(code.label(in: year.declaration.codeListYear)))"
    }

    /// `Y, N or A`.
    static func list(_ words: [String], or conjunction: String = "or") -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " \(conjunction) " + words[words.count - 1]
    }

    /// The record a module's rows describe, for "every … needs one".
    static func record(_ module: Module) -> String {
        switch module {
        case .collectionDetails, .source: return "return (on the Header sheet)"
        case .person: return "person"
        case .requests: return "request"
        case .assessment: return "assessment"
        case .namedPlan: return "named plan"
        case .planDetail: return "setting named in a plan"
        case .activePlans: return "active plan"
        case .placementDetail: return "placement"
        case .senNeed: return "SEN need"
        }
    }
}
