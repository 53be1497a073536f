import Foundation
import SEN2Schema
import Testing
@testable import Synth

/// The validator against the generator through the template workbook (written, read back,
/// checked): a clean cohort has no errors in any year, and every mistake the generator plants
/// is found by the rule its answer key names, on the key's cell, with no error on a person who
/// has no planted mistake.
@Suite("Validation of synthetic cohorts written as workbooks")
struct WorkbookValidationTests {
    static func write(_ options: SynthOptions) throws -> (path: String, key: AnswerKeyBuilder) {
        let path = try SynthTestSupport.temporaryFolder() + "/cohort.xlsx"
        let result = try CohortWriter.write(try CohortGenerator(options: options), to: CohortOutputs(workbook: path))
        return (path, result.answerKey)
    }

    static func check(_ path: String, year: CollectionYear) throws -> ReturnCheck.Result {
        let (ret, report) = try ReturnReader(year: year).read(path: path)
        return try ReturnCheck(year: year).run(ret, report: report, file: path)
    }

    @Test(arguments: CollectionYear.allCases, [UInt64(1), 29])
    func cleanCohortHasNoErrors(year: CollectionYear, seed: UInt64) throws {
        let (path, _) = try Self.write(SynthOptions(children: 1_200, year: year, seed: seed))
        let result = try Self.check(path, year: year)
        let errors = result.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(5).map { "[\($0.ruleID)] \($0.primaryLocation?.description ?? $0.path): \($0.message)" })")
        // Queries are the realistic ones: late plans, OTH and NIEO settings, "other" codes, temporary UPNs.
        #expect(result.queries > 0 && result.queries < result.persons / 4)
    }

    @Test(arguments: [CollectionYear.y2024, .y2026])
    func everyPlantedMistakeIsFoundOnItsCell(year: CollectionYear) throws {
        let (path, key) = try Self.write(SynthOptions(children: 2_000, year: year, seed: 5, errorRate: 0.2))
        let result = try Self.check(path, year: year)
        #expect(key.entries.count > 200)
        var cells: [String: Set<String>] = [:]
        for f in result.findings {
            for l in f.locations { cells[f.ruleID, default: []].insert("\(l.sheet ?? "")!\(l.cell ?? "")") }
        }
        for entry in key.entries {
            let place = "\(entry.sheet)!\(entry.cell ?? "")"
            #expect(cells[entry.mistake.rule]?.contains(place) == true,
                    "\(entry.mistake.kind) at \(place) not found by \(entry.mistake.rule): \(entry.mistake.detail)")
        }
        let planted = Set(key.entries.map(\.mistake.personID))
        for f in result.findings where f.severity == .error {
            let explained = f.person.map(planted.contains) == true || planted.contains { f.message.contains("person \($0) ") }
            #expect(explained, "error on a person with no planted mistake: [\(f.ruleID)] \(f.person ?? "-"): \(f.message)")
        }
    }
}
