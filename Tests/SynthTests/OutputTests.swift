import Foundation
import SEN2Schema
import Testing
import XLSXIO
@testable import Synth

@Suite("Writing cohorts")
struct OutputTests {
    @Test(arguments: CollectionYear.allCases)
    func aCleanCohortReadsBackFromItsWorkbookAndXML(year: CollectionYear) throws {
        let folder = try SynthTestSupport.temporaryFolder()
        let options = SynthOptions(children: 600, year: year, la: "886", seed: UInt64(year.rawValue))
        let generator = try CohortGenerator(options: options)
        _ = try CohortWriter.write(generator, to: CohortOutputs(workbook: folder + "/c.xlsx", xml: folder + "/c.xml"))
        let expected = try SynthTestSupport.cohort(options).map { SynthTestSupport.values($0.person) }

        let (fromXML, xmlReport) = try ReturnXMLReader(path: folder + "/c.xml").readAll()
        #expect(xmlReport.issues.isEmpty)
        #expect(fromXML.persons.map(SynthTestSupport.values) == expected)
        #expect(fromXML.header.softwareCode.value?.contains("SYNTHETIC") == true)
        #expect(fromXML.header.lea.value?.text == "886")
        #expect(try ReturnExporter.violations(of: folder + "/c.xml", year: year).isEmpty)

        let (fromBook, bookReport) = try ReturnReader(year: year).read(path: folder + "/c.xlsx")
        #expect(bookReport.issues.isEmpty, "\(bookReport.issues.prefix(3))")
        #expect(fromBook.persons.map(SynthTestSupport.values) == expected)
        #expect(fromBook.persons.map(\.id) == (0..<600).map(CohortGenerator.personID))
    }

    @Test func theWorkbookSaysItIsSynthetic() throws {
        let folder = try SynthTestSupport.temporaryFolder()
        let generator = try CohortGenerator(options: SynthOptions(children: 20, seed: 3))
        _ = try CohortWriter.write(generator, to: CohortOutputs(workbook: folder + "/c.xlsx"))
        let book = try Workbook(path: folder + "/c.xlsx")
        let core = try String(decoding: book.archive.read("docProps/core.xml"), as: UTF8.self)
        #expect(core.contains("SYNTHETIC DATA"))
        #expect(core.contains("no real child or young person"))
        let guideSheet = try #require(book.sheet(named: "Guide"))
        let guide = try #require(try book.openSheet(guideSheet).next())
        #expect(guide.cells.first?.value.text.hasPrefix("SYNTHETIC DATA") == true)
    }

    @Test func filesAreTheSameBytesWhateverTheThreads() throws {
        let folder = try SynthTestSupport.temporaryFolder()
        let options = SynthOptions(children: 1_500, year: .y2026, seed: 99, errorRate: 0.05)
        for threads in [1, 3] {
            let outputs = CohortOutputs(workbook: folder + "/\(threads).xlsx", xml: folder + "/\(threads).xml",
                                        answerKey: folder + "/\(threads).csv")
            _ = try CohortWriter.write(try CohortGenerator(options: options), to: outputs, threads: threads)
        }
        for ext in ["xlsx", "xml", "csv"] {
            let one = try Data(contentsOf: URL(fileURLWithPath: folder + "/1.\(ext)"))
            let three = try Data(contentsOf: URL(fileURLWithPath: folder + "/3.\(ext)"))
            #expect(one == three, "\(ext) differs")
            #expect(one.count > 100)
        }
    }

    @Test func theAnswerKeyNamesTheCellsTheReaderFindsTheMistakesIn() throws {
        let folder = try SynthTestSupport.temporaryFolder()
        let options = SynthOptions(children: 2_000, year: .y2025, seed: 17, errorRate: 0.3)
        let result = try CohortWriter.write(try CohortGenerator(options: options),
                                            to: CohortOutputs(workbook: folder + "/c.xlsx", answerKey: folder + "/key.csv"))
        let (back, _) = try ReturnReader(year: .y2025).read(path: folder + "/c.xlsx")
        let byID = Dictionary(back.persons.map { ($0.id ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(result.answerKey.entries.count > 500)
        for entry in result.answerKey.entries {
            let m = entry.mistake
            let person = try #require(byID[m.personID])
            let origin = try #require(OutputTests.origin(of: m, in: person), "\(m.kind) record not found")
            let location = try #require(back.location(of: origin, item: m.item))
            let keyCell = try #require(entry.cell.flatMap { CellReference($0) })
            #expect(location.sheet == entry.sheet && location.row == keyCell.row, "\(m.kind): key says \(entry.sheet)!\(entry.cell ?? "-")")
            if m.item != nil {
                #expect(location.cell == entry.cell, "\(m.kind): key says \(entry.sheet)!\(entry.cell ?? "-")")
            } else {
                // A mistake of the whole record is keyed on its row's link (Request ID) cell.
                #expect(keyCell.column == 1)
            }
        }
        let csv = try String(contentsOfFile: folder + "/key.csv", encoding: .utf8)
        #expect(csv.split(separator: "\r\n").count == result.answerKey.entries.count + 1)
    }

    @Test func templateExampleIsASmallCleanCohort() throws {
        let example = try CohortWriter.example(year: .y2027, la: "340")
        #expect(example.sen2Return.persons.count == 40)
        #expect(example.sen2Return.header.lea.value?.text == "340")
        var checks = RecordChecks(year: .y2027, reference: CollectionYear.y2027.census)
        for p in example.sen2Return.persons { checks.check(p) }
        #expect(checks.problems.isEmpty)
        #expect(Set(example.sen2Return.persons.map { $0.requests.first?.activePlans != nil }).count == 2)
    }

    /// The origin of the record a mistake is in.
    static func origin(of m: PlantedMistake, in person: Person) -> RecordOrigin? {
        guard let r = m.request else { return person.origin }
        guard r < person.requests.count else { return nil }
        let request = person.requests[r]
        let i = m.position ?? 0
        switch m.table {
        case .header, .persons: return person.origin
        case .requests: return request.origin
        case .assessments: return request.assessment?.origin
        case .namedPlans: return request.assessment?.namedPlan?.origin
        case .planDetails: return request.assessment?.namedPlan?.details.dropFirst(i).first?.origin
        case .activePlans: return request.activePlans?.origin
        case .placementDetails: return request.activePlans?.placements.dropFirst(i).first?.origin
        case .senNeeds: return request.activePlans?.needs.dropFirst(i).first?.origin
        }
    }
}
