import Foundation
import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("Summary from files")
struct InputRoundTripTests {
    /// Writes `sen2Return` as a 2025 COLLECT XML file and returns its path.
    static func writeXML(_ sen2Return: SEN2Return, year: CollectionYear = .y2025) throws -> String {
        let path = WrittenBook.temporaryPath("return.xml")
        let header = try Header().prepared(for: year, la: LACode("202"), release: "test", now: ExcelDateTime(date: year.census))
        let file = try AtomicFile(destination: path, overwrite: false)
        let sink = try file.openSink()
        try ReturnXMLWriter(year: year).write(header: header, persons: sen2Return.persons, to: sink)
        try sink.flush()
        try file.commit()
        return path
    }

    @Test func anXMLReturnGivesTheHandComputedFigures() throws {
        let path = try Self.writeXML(SmallReturn.sen2Return)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let read = try ReturnXMLReader(path: path).readAll().sen2Return
        let period = try #require(SummaryPeriod.choose(referenceDate: nil, year: nil, header: read.header))
        #expect(period == SmallReturn.period)
        let fromFile = ReturnSummary(read, period: period).figures
        let inMemory = ReturnSummary(SmallReturn.sen2Return, period: SmallReturn.period).figures
        #expect(fromFile.caseload == inMemory.caseload)
        #expect(fromFile.activity == inMemory.activity)
        // XML has no Person IDs: reports fall back to the UPN, then the position.
        #expect(read.persons[0].displayID(index: 0) == SmallReturn.sharedUPN)
        #expect(read.persons[1].displayID(index: 1) == "person 2")
    }

    @Test func validatingWhileReadingFindsWhatValidatingAfterFinds() throws {
        let cohort = try SynthCohort(children: 3_000, seed: 4, errorRate: 0.1)
        let path = try Self.writeXML(cohort.sen2Return)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = ReturnCheck()
        let concurrent = try CheckedXMLRead.read(path: path, check: check)
        let plain = try ReturnXMLReader(path: path).readAll()
        #expect(concurrent.sen2Return == plain.sen2Return)
        let after = try check.run(plain.sen2Return, report: plain.report, file: path, isXML: true)
        let findings = try #require(concurrent.findings)
        #expect(findings.count > 100)
        #expect(findings == after.findings)
        #expect(concurrent.notValidated == nil)
    }
}
