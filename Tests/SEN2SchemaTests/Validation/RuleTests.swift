import XLSXIO
import Testing
@testable import SEN2Schema

@Suite("Validation rules")
struct RuleTests {
    @Test(arguments: CollectionYear.allCases)
    func cleanReturnHasNoFindings(year: CollectionYear) {
        let findings = ReturnFixture(year: year, persons: 3).findings()
        #expect(findings.isEmpty, "\(findings.map { "\($0.ruleID) \($0.path): \($0.message)" })")
    }

    @Test(arguments: RuleCases.all)
    func ruleCase(_ c: RuleCase) throws {
        for year in c.years {
            var fixture = ReturnFixture(year: year)
            c.change(&fixture)
            fixture.locate()
            let findings = fixture.findings()
            let fired = findings.filter { $0.ruleID == c.rule }
            switch c.expectation {
            case .silent:
                #expect(fired.isEmpty, "\(year): \(fired.map(\.message))")
            case .fires(let table, let item, let also):
                let first = try #require(fired.first, "\(year): \(c.rule) did not fire; found \(findings.map(\.ruleID))")
                let others = Set(findings.map(\.ruleID)).subtracting([c.rule])
                #expect(others == also, "\(year): other rules fired: \(findings.filter { $0.ruleID != c.rule }.map { "\($0.ruleID): \($0.message)" })")
                let location = try #require(first.primaryLocation, "\(year): no location")
                #expect(location.sheet == table.sheetName, "\(year): \(location)")
                let source = try #require(fixture.ret.sources.first { $0.table == table })
                let expectedColumn = item.flatMap { source.columns[$0] } ?? source.idColumn
                #expect(location.column == expectedColumn, "\(year): \(location) for \(item?.element ?? "row")")
                #expect(first.severity == RuleCatalogue.standard.rule(id: c.rule)?.severity)
                #expect(!first.message.isEmpty && first.person == "P1" || table == .header || first.person != nil)
            }
        }
    }

    /// Every hand-written rule has a case that fires it and one that does not.
    @Test func everyRuleIsExercised() {
        let handWritten = RuleCatalogue.standard.rules.filter {
            if case .item = $0.check { return false }
            if case .linking = $0.check { return false }
            return true
        }
        for rule in handWritten {
            #expect(RuleCases.all.contains { $0.rule == rule.id && $0.fires }, "no firing case for \(rule.id)")
            #expect(RuleCases.all.contains { $0.rule == rule.id && !$0.fires }, "no silent case for \(rule.id)")
        }
    }
}
