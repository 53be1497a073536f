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
