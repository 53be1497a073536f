import Foundation
import XLSXIO
import Testing
@testable import SEN2Schema

/// Hand-made workbooks filled the way a caseworker fills the template: the clean ones give no
/// finding, and the ones with planted mistakes give exactly the findings of their answer key,
/// on exactly those cells (`Tests/Fixtures/sen2/validate/make_fixtures.py` writes both).
@Suite("Validation of hand-made workbooks")
struct FixtureValidationTests {
    static func check(_ name: String, year: CollectionYear) throws -> ReturnCheck.Result {
        let path = Fixtures.path("validate/" + name + ".xlsx")
        let (ret, report) = try ReturnReader(year: year).read(path: path)
        return try ReturnCheck(year: year).run(ret, report: report, file: path)
    }

    @Test(arguments: [CollectionYear.y2024, .y2026])
    func cleanWorkbookHasNoFindings(year: CollectionYear) throws {
        let result = try Self.check("clean-\(year)", year: year)
        #expect(result.persons == 8)
        #expect(result.findings.isEmpty, "\(result.findings.map { "[\($0.ruleID)] \($0.primaryLocation?.description ?? $0.path): \($0.message)" })")
    }

    @Test(arguments: [CollectionYear.y2024, .y2026])
    func plantedMistakesAreFoundOnTheirCells(year: CollectionYear) throws {
        let result = try Self.check("planted-\(year)", year: year)
        let reader = try CSVReader(path: Fixtures.path("validate/planted-\(year).expected.csv"))
        #expect(try reader.next() == ["rule", "sheet", "cell"])
        var expected: [String] = []
        while let row = try reader.next() { expected.append(row.joined(separator: " ")) }
        let found = result.findings.map { "\($0.ruleID) \($0.primaryLocation?.sheet ?? "-") \($0.primaryLocation?.cell ?? "-")" }
        #expect(found.sorted() == expected.sorted(), "unexpected: \(Set(found).subtracting(expected).sorted()); missed: \(Set(expected).subtracting(found).sorted())")
        #expect(result.errors > 0 && result.queries > 0)
    }
}

/// The same checks on COLLECT XML, streamed: findings name the element path and the line.
@Suite("Validation of COLLECT XML")
struct XMLValidationTests {
    static func cleanXML(_ year: CollectionYear) throws -> String {
        let (ret, _) = try ReturnReader(year: year).read(path: Fixtures.path("validate/clean-\(year).xlsx"))
        let path = try Fixtures.temporaryFolder() + "/clean.xml"
        _ = try ReturnExporter(year: year, release: "test").export(ret, la: nil, to: path)
        return path
    }

    @Test(arguments: [CollectionYear.y2024, .y2026])
    func exportOfCleanWorkbookHasNoFindings(year: CollectionYear) throws {
        let result = try ReturnCheck().run(xmlAt: try Self.cleanXML(year))
        #expect(result.context.year == year && result.persons == 8)
        #expect(result.findings.isEmpty, "\(result.findings.map(\.message))")
    }

    @Test func findingsNameTheElementPathAndLine() throws {
        let path = try Self.cleanXML(.y2026)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "<ReceivedDate>2025-02-03</ReceivedDate>", with: "<ReceivedDate>2025-02-31</ReceivedDate>")
        text = text.replacingOccurrences(of: "<UPN>Q202401100001</UPN>", with: "<UPN>A202401100001</UPN>")
        text = text.replacingOccurrences(of: "<DMO>Y</DMO>", with: "")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let result = try ReturnCheck().run(xmlAt: path)
        let byRule = Dictionary(grouping: result.findings, by: \.ruleID)
        let upn = try #require(byRule["1510"]?.first)
        #expect(upn.path == "Message/Persons/Person[1]/UPN" && upn.person == "A202401100001")
        let line = try #require(upn.primaryLocation?.row)
        // XML records keep the line their element starts on; the path names the item.
        #expect(lines[line - 1].contains("<Person>") && lines[line + 6].contains("<UPN>A202401100001</UPN>"))
        let date = try #require(byRule["Requests.ReceivedDate.invalid"]?.first)
        #expect(date.path == "Message/Persons/Person[1]/Requests[1]/ReceivedDate")
        #expect(byRule["Source.DMO.missing"]?.first?.path == "Message/Header/Source/DMO")
        #expect(result.findings.allSatisfy { $0.primaryLocation?.sheet == nil })
        #expect(Set(byRule.keys) == ["1510", "Requests.ReceivedDate.invalid", "Source.DMO.missing"])
    }

    @Test func fileWithoutAYearNeedsOne() throws {
        let path = try Self.cleanXML(.y2026)
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "<Year>2026</Year>", with: "<Year>2019</Year>")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: SEN2Error.self) { try ReturnCheck().run(xmlAt: path) }
        let result = try ReturnCheck(year: .y2026).run(xmlAt: path)
        #expect(result.findings.map(\.ruleID) == ["SX002"])
    }
}
