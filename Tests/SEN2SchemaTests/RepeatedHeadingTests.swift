import Foundation
import Testing
@testable import SEN2Schema

/// Two columns headed with the same item: one is read, the other reported on its heading.
@Suite("Repeated headings")
struct RepeatedHeadingTests {
    private func read(_ csv: String) throws -> (SEN2Return, ReadReport) {
        let folder = try Fixtures.temporaryFolder()
        try csv.write(toFile: folder + "/Persons.csv", atomically: true, encoding: .utf8)
        return try ReturnReader(year: .y2026).read(path: folder)
    }

    @Test func anEmptyLeftoverColumnGivesWayToTheFilledOne() throws {
        let (ret, report) = try read("Person ID,UPN,Surname,UPN\nP1,,Smith,A202000000001\nP2,,Jones,A202000000002\n")
        #expect(ret.persons.map { $0.upn.value?.text } == ["A202000000001", "A202000000002"])
        let issue = try #require(report.issues.first { $0.kind == .repeatedHeading })
        #expect(issue.location.cell == "B1")
        #expect(issue.message.hasPrefix("heading \"UPN\" repeats column D's"))
        #expect(issue.message.hasSuffix("so this one (B) is not read"))
        #expect(report.unknownColumns.isEmpty, "a repeated item heading is not an unknown column")
    }

    @Test func whenBothHaveValuesTheFirstIsReadAndTheSecondReported() throws {
        let (ret, report) = try read("Person ID,UPN,Surname,UPN\nP1,A202000000001,Smith,A202000000009\n")
        #expect(ret.persons.first?.upn.value?.text == "A202000000001")
        let issue = try #require(report.issues.first { $0.kind == .repeatedHeading })
        #expect(issue.location.cell == "D1")
        #expect(issue.message == "heading \"UPN\" repeats column B's; only one column can hold an item, so this one (D) is not read")
    }
}
