import Foundation
import XLSXIO
import Testing
@testable import SEN2Schema

@Suite("Finding reports")
struct FindingReportTests {
    static func findings() -> [Finding] {
        var fixture = ReturnFixture(year: .y2026, persons: 2)
        fixture.set(.receivedDate, .string("31/02/2025"))
        fixture.ret.persons[1].upn = fixture.ret.persons[0].upn
        fixture.ret.header.dmo = .absent
        return fixture.findings()
    }

    @Test func jsonHasExactlyTheIssueKeys() throws {
        let path = NSTemporaryDirectory() + "report-\(getpid()).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FindingReport.write(Self.findings(), format: .json, toFile: path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(Array(object.keys) == ["issues"])
        let issues = try #require(object["issues"] as? [[String: String]])
        #expect(issues.count == 4)
        for issue in issues {
            #expect(Set(issue.keys).isSubset(of: ["rule", "severity", "sheet", "cell", "person", "message"]))
            #expect(["error", "query"].contains(issue["severity"]))
        }
        let date = try #require(issues.first { $0["rule"] == "Requests.ReceivedDate.invalid" })
        #expect(date["sheet"] == "Requests" && date["cell"] == "C2" && date["person"] == "P1")
        let dmo = try #require(issues.first { $0["rule"] == "Source.DMO.missing" })
        #expect(dmo["sheet"] == "Header" && dmo["person"] == nil)
        #expect(issues.filter { $0["rule"] == "1520" }.map { $0["person"] } == ["P2", "P1"])
    }

    @Test func csvHasTheSameColumns() throws {
        let path = NSTemporaryDirectory() + "report-\(getpid()).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FindingReport.write(Self.findings(), format: .csv, toFile: path)
        let reader = try CSVReader(path: path)
        #expect(try reader.next() == ["rule", "severity", "sheet", "cell", "person", "message"])
        var rows: [[String]] = []
        while let row = try reader.next() { rows.append(row) }
        #expect(rows.count == 4 && rows.allSatisfy { $0.count == 6 })
        #expect(rows.contains { $0[0] == "Requests.ReceivedDate.invalid" && $0[2] == "Requests" && $0[3] == "C2" })
    }

    @Test func xmlFindingsNameThePathAndHaveNoCell() throws {
        var fixture = ReturnFixture(year: .y2026)
        fixture.makeXML()
        fixture.set(.receivedDate, .string("31/02/2025"))
        let issue = FindingReport.Issue(try #require(fixture.findings().first))
        #expect(issue.sheet == nil && issue.cell == nil)
        #expect(issue.message.hasPrefix("Message/Persons/Person[1]/Requests[1]/ReceivedDate (record at line 2): "))
    }

    @Test func countsAreWorstFirst() {
        let counts = RuleCount.counts(of: Self.findings())
        #expect(counts.map(\.ruleID) == ["1520", "Requests.ReceivedDate.invalid", "Source.DMO.missing"])
        #expect(counts.first?.count == 2)
    }

    @Test func modulePositionsMatchTheirOrder() {
        #expect(Module.allCases.map(\.position) == Array(Module.allCases.indices))
    }

    @Test func threeDuplicatesReportTheFirstOnce() {
        var fixture = ReturnFixture(year: .y2026, persons: 3)
        for p in 1..<3 { fixture.ret.persons[p].upn = fixture.ret.persons[0].upn }
        let persons = fixture.findings().filter { $0.ruleID == "1520" }.map(\.person)
        #expect(persons == ["P2", "P1", "P3"])
    }
}
