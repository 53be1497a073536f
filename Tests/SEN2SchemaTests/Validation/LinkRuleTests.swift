import XLSXIO
import Testing
@testable import SEN2Schema

/// The reader's linking problems become findings of the link rules, once each.
@Suite("Link rules")
struct LinkRuleTests {
    static let kinds: [ReadIssue.Kind] = [.unreadableValue, .unknownParent, .missingParentID, .duplicateID, .tooManyRecords,
                                          .missingParentRecord, .notCollectedThisYear, .unknownElement, .unrecognisedTable]

    @Test(arguments: kinds)
    func everyKindHasOneRuleExceptValues(kind: ReadIssue.Kind) throws {
        let location = SourceLocation(file: "book.xlsx", sheet: "Requests", row: 7, column: 2)
        let issue = ReadIssue(kind: kind, location: location, value: "P99", message: "matches no Person ID in Persons; the request is left out.")
        let finding = ReadIssueFindings.finding(issue)
        if kind == .unreadableValue {
            // The item rules report unreadable values from the records, with what the item expects.
            #expect(finding == nil)
            return
        }
        let f = try #require(finding)
        let rule = try #require(RuleCatalogue.standard.rule(id: f.ruleID))
        guard case .linking = rule.check else { Issue.record("\(f.ruleID) is not a link rule"); return }
        #expect(f.primaryLocation?.cell == "B7" && f.severity == rule.severity)
        #expect(f.message.hasPrefix("\"P99\" matches no Person ID in Persons; the request is left out. ") && !f.message.contains(".."))
    }

    @Test func everyLinkRuleIsReachable() {
        let reached = Set(Self.kinds.compactMap { kind in
            ReadIssueFindings.finding(ReadIssue(kind: kind, location: SourceLocation(file: "f"), message: "m"))?.ruleID
        })
        #expect(reached == Set(LinkRules.all.map(\.id)))
    }

    @Test func unknownXMLElementIsAnError() throws {
        let path = try XMLValidationTests.cleanXML(.y2026)
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "<Forename>Amara</Forename>", with: "<Forename>Amara</Forename><Nickname>Ami</Nickname>")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try ReturnCheck().run(xmlAt: path)
        #expect(result.findings.map(\.ruleID) == ["SX708"])
        #expect(result.findings.first?.severity == .error)
    }

    /// A table whose request rows point at people who are not there, and a plan row whose
    /// assessment row is missing: each problem is reported once, by its link rule, and the
    /// records the reader made to hold orphaned rows raise nothing of their own.
    @Test func heldRowsAreNotReportedTwice() throws {
        let (ret, report) = try ReturnReader(year: .y2024).read(path: Fixtures.path("dfe-headings-2024.xlsx"))
        let result = try ReturnCheck(year: .y2024).run(ret, report: report, file: "dfe-headings-2024.xlsx")
        #expect(result.findings.map(\.ruleID).sorted() == ["SX306", "SX705"])
    }
}
