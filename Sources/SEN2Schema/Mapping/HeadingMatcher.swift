/// Recognises the headings of one table: the template's own headings, the DfE Excel
/// template's, the COLLECT Blade export's lower-case element names, and ID columns, ignoring
/// case, spacing, punctuation and any explanation in brackets.
struct HeadingMatcher: Sendable {
    let table: Table
    private let roles: [String: ColumnRole]

    init(table: Table) {
        self.table = table
        var roles: [String: ColumnRole] = [:]
        for item in Item.allCases where table.modules.contains(item.module) {
            for name in [item.heading, item.rawValue] + item.aliases {
                for key in HeadingMatcher.keys(name) where roles[key] == nil { roles[key] = .item(item) }
            }
        }
        for name in table.idNames {
            for suffix in ["id", "recordid", "tableid"] { roles[name + suffix] = .ownID }
        }
        var ancestor = table.parent
        while let parent = ancestor {
            for name in parent.idNames {
                for suffix in ["id", "recordid", "tableid"] where roles[name + suffix] == nil {
                    roles[name + suffix] = .parentID(parent)
                }
            }
            ancestor = parent.parent
        }
        for name in ["recordtype", "lafromheaderrecord", "la", "nativeid", "sourceid"] where roles[name] == nil {
            roles[name] = .ignored
        }
        for module in table.modules {
            roles[module.element.lowercased() + "orderseqcolumn"] = .ignored
        }
        self.roles = roles
    }

    /// The role of a column headed `heading`, or nil when the heading is not recognised.
    func role(of heading: String) -> ColumnRole? {
        for key in HeadingMatcher.keys(heading) {
            if let role = roles[key] { return role }
        }
        return nil
    }

    /// The match keys of a heading: the whole heading, then without bracketed text.
    static func keys(_ heading: String) -> [String] {
        let full = CodeText.matchKey(heading)
        var stripped = ""
        var depth = 0
        for ch in heading {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) } else if depth == 0 { stripped.append(ch) }
        }
        let short = CodeText.matchKey(stripped)
        return short == full || short.isEmpty ? [full] : [full, short]
    }
}

extension Table {
    /// The names an ID column of this table starts with, as match keys (`personid`,
    /// `requestsrecordid`, `activeplanstableid`).
    var idNames: [String] {
        switch self {
        case .header: return ["sen2"]
        case .persons: return ["person", "persons"]
        case .requests: return ["request", "requests"]
        case .assessments: return ["assessment", "assessments"]
        case .namedPlans: return ["namedplan", "namedplans"]
        case .planDetails: return ["plandetail", "plandetails"]
        case .activePlans: return ["activeplan", "activeplans"]
        case .placementDetails: return ["placementdetail", "placementdetails", "placement"]
        case .senNeeds: return ["senneed", "senneeds", "need"]
        }
    }

    /// The names a sheet or file holding this table may have, as match keys: the template's
    /// sheet, the DfE template's table title, the pre-submission sheet and the Blade module.
    var sourceNames: [String] {
        switch self {
        case .header: return ["header", "headerrecord", "sen2", "collectiondetails", "source"]
        case .persons: return ["persons", "person", "personrecord", "personrecords"]
        case .requests: return ["requests", "request", "requestsrecords", "requestrecords"]
        case .assessments: return ["assessments", "assessment", "assessmentsrecords", "assessmentrecords"]
        case .namedPlans: return ["namedplans", "namedplan", "namedplanrecords"]
        case .planDetails: return ["plandetails", "plandetail", "plandetailrecords"]
        case .activePlans: return ["activeplans", "activeplan", "activeplanrecords"]
        case .placementDetails: return ["placementdetails", "placementdetail", "placementdetailrecords", "placements"]
        case .senNeeds: return ["senneeds", "senneed", "senneedrecords", "needs"]
        }
    }

    /// The table a sheet or file name stands for. A Blade export's file name
    /// (`Blade-Export_28-09-2022_person.csv`) is recognised by its last part.
    static func named(_ name: String) -> Table? {
        var base = name
        if let dot = base.lastIndex(of: "."), base[dot...].count <= 5 { base = String(base[..<dot]) }
        let candidates = [base] + (base.contains("_") ? [String(base.split(separator: "_").last ?? "")] : [])
        for candidate in candidates {
            let key = CodeText.matchKey(candidate)
            if let table = Table.allCases.first(where: { $0.sourceNames.contains(key) }) { return table }
        }
        return nil
    }
}
