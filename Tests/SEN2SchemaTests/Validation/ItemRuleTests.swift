import XLSXIO
import Testing
@testable import SEN2Schema

/// The checks generated for every item: each fires on its item's cell when the fixture is
/// changed to break it, stays silent on the clean fixture, and follows the year declarations.
@Suite("Item rules")
struct ItemRuleTests {
    static let ids = ItemRules.all.map(\.id)

    @Test(arguments: ids)
    func firesOnItsCell(id: String) throws {
        let rule = try #require(RuleCatalogue.standard.rule(id: id))
        guard case .item(let item, let check) = rule.check else { Issue.record("not an item rule"); return }
        let (year, fixture) = try #require(Self.breaking(item, check, rule), "no way to break \(id)")
        #expect(!ReturnFixture(year: year).findings().contains { $0.ruleID == id }, "fires on the clean fixture")
        let findings = fixture.findings().filter { $0.ruleID == id }
        #expect(findings.count == 1, "\(year): \(findings.map(\.message))")
        let finding = try #require(findings.first)
        #expect(finding.severity == rule.severity)
        #expect(finding.path.hasSuffix("/" + item.module.element + "/" + item.element) || finding.path.hasSuffix("]/" + item.element),
                "\(finding.path)")
        let location = try #require(finding.primaryLocation)
        if fixture.isXML {
            #expect(location.sheet == nil && location.element == item.element, "\(location)")
        } else {
            let source = try #require(fixture.ret.sources.first { $0.table == item.module.table })
            #expect(location.sheet == source.sheet && location.column == source.columns[item], "\(location)")
        }
        #expect(finding.message.count > 20)
    }

    /// A required item left blank in a year that does not require it is not reported.
    @Test(arguments: ItemRules.all.filter { if case .item(_, .missing) = $0.check { return true } else { return false } }.map(\.id))
    func missingFollowsTheYear(id: String) throws {
        let rule = try #require(RuleCatalogue.standard.rule(id: id))
        guard case .item(let item, _) = rule.check else { return }
        for year in CollectionYear.allCases {
            var fixture = ReturnFixture(year: year)
            fixture.makeXML()
            fixture.set(item, .empty)
            let fired = fixture.findings().contains { $0.ruleID == id }
            #expect(fired == (year.declaration.requirement(of: item) == .required), "\(year)")
        }
    }

    @Test func codeFromAnotherYearHasItsOwnMessage() throws {
        var fixture = ReturnFixture(year: .y2024)
        fixture.set(.senType, .string("DS"))
        let finding = try #require(fixture.findings().first)
        #expect(finding.ruleID == "SENneed.SENtype.otherYear")
        #expect(finding.message.contains("2025") && finding.message.contains("not in the 2024 list"))
        var later = ReturnFixture(year: .y2025)
        later.set(.senType, .string("DS"))
        #expect(later.findings().isEmpty)
    }

    @Test func impossibleDateIsReportedOnItsCellWithTheRawText() throws {
        var fixture = ReturnFixture(year: .y2026)
        fixture.set(.receivedDate, .string("31/02/2025"))
        let findings = fixture.findings()
        #expect(findings.map(\.ruleID) == ["Requests.ReceivedDate.invalid"])
        #expect(findings.first?.message.contains("\"31/02/2025\" is not a real date") == true)
        #expect(findings.first?.primaryLocation?.cell == "C2")
    }

    @Test(arguments: ["820", "999", "XXX"])
    func laCodes(code: String) {
        var fixture = ReturnFixture(year: .y2026)
        fixture.set(.transferLA, .string(code))
        fixture.set(.lea, .string(code))
        let ids = Set(fixture.findings().map(\.ruleID))
        #expect(ids.contains("Source.LEA.unknownLA"))
        #expect(ids.contains("ActivePlans.TransferLA.unknownLA") == (code != "XXX"))
    }

    /// A fixture in which `check` of `item` fails once, in a year the rule applies.
    static func breaking(_ item: Item, _ check: ItemCheck, _ rule: Rule) -> (CollectionYear, ReturnFixture)? {
        let years = CollectionYear.allCases.filter { rule.applies(in: $0) }
        guard let year = years.first else { return nil }
        var fixture = ReturnFixture(year: year)
        switch check {
        case .missing:
            if ItemRules.writtenOnExport.contains(item) { fixture.makeXML() }
            fixture.set(item, .empty)
        case .invalid:
            fixture.set(item, badInput(item.kind, year: year))
        case .otherYear:
            guard case .code(let set) = item.kind else { return nil }
            for y in years {
                let here = Set(set.entries(in: y.rawValue).map(\.code))
                let elsewhere = CollectionYear.allCases.flatMap { set.entries(in: $0.rawValue).map(\.code) }
                if let code = elsewhere.first(where: { !here.contains($0) }) {
                    var f = ReturnFixture(year: y)
                    f.set(item, .string(code))
                    return (y, f)
                }
            }
            return nil
        case .unknownLA:
            if item == .exported { fixture.dropAfterRequest() }
            fixture.set(item, .string("999"))
        case .future:
            fixture.set(item, .string(year.census.adding(days: 1).description))
        case .notCollected:
            fixture.makeXML()
            fixture.set(item, goodInput(item.kind, year: year))
        }
        return (year, fixture)
    }

    static func badInput(_ kind: ValueKind, year: CollectionYear) -> CellValue {
        switch kind {
        case .date: return .string("31/02/\(year.rawValue - 1)")
        case .dateTime: return .string("yesterday")
        case .year: return .string("20X6")
        case .code: return .string("ZZZZ")
        case .laCode: return .string("ABC")
        case .uln: return .string("12AB")
        case .urn: return .string("12")
        case .ukprn: return .string("123")
        case .postcode: return .string("NOT A POSTCODE")
        case .text, .fixed, .serialNumber, .upn: return .string("?")
        }
    }

    static func goodInput(_ kind: ValueKind, year: CollectionYear) -> CellValue {
        switch kind {
        case .date: return .string(ReturnFixture.activity(year, 3, 1).description)
        case .code(let set): return .string(set.entries(in: CollectionYear.latest.rawValue)[0].code)
        case .laCode: return .string("203")
        default: return .string("1")
        }
    }
}
