import SEN2Schema
import Testing
@testable import Synth

@Suite("Planted mistakes")
struct MistakeTests {
    @Test(arguments: [CollectionYear.y2024, .y2026])
    func everyKindIsPlantedWhereItsRecordIs(year: CollectionYear) throws {
        let persons = try SynthTestSupport.cohort(SynthOptions(children: 4_000, year: year, seed: 21, errorRate: 0.25))
        let mistakes = persons.flatMap(\.mistakes)
        #expect(Set(mistakes.map(\.kind)) == Set(MistakeKind.allCases))
        #expect(abs(Double(mistakes.count) / 4_000 - 0.25) < 0.03)
        for p in persons where !p.mistakes.isEmpty {
            let m = try #require(p.mistakes.first)
            #expect(p.mistakes.count == 1)
            #expect(m.personID == p.person.id)
            if let item = m.item, m.kind != .duplicatedPerson {
                #expect(MistakeTests.text(of: item, in: p.person, at: m) != MistakeTests.text(of: item, in: p.clean, at: m),
                        "\(m.kind) left \(item) unchanged")
            }
        }
    }

    @Test func aDuplicateCopiesTheCleanPersonBefore() throws {
        let persons = try SynthTestSupport.cohort(SynthOptions(children: 3_000, seed: 5, errorRate: 0.3))
        let duplicates = persons.filter { $0.mistakes.first?.kind == .duplicatedPerson }
        #expect(!duplicates.isEmpty)
        for d in duplicates {
            let before = persons[d.index - 1]
            #expect(before.mistakes.isEmpty)
            #expect(d.person.upn == before.person.upn && d.person.surname == before.person.surname
                    && d.person.birthDate == before.person.birthDate)
            #expect(d.person.id == CohortGenerator.personID(d.index))
        }
    }

    @Test func theAnswerKeyListsEachMistakeWithItsPlace() throws {
        var key = AnswerKeyBuilder(year: .y2027)
        for p in try SynthTestSupport.cohort(SynthOptions(children: 1_000, seed: 2, errorRate: 0.1)) { key.add(p) }
        let lines = key.csv().split(separator: "\r\n")
        #expect(lines.first == "sheet,cell,xml_path,person_id,kind,expected_rule,description")
        #expect(lines.count == key.mistakes.count + 1)
        let placement = PlantedMistake(kind: .futureDate, table: .placementDetails, item: .entryDate, personID: "P0000007",
                                       personIndex: 6, request: 0, position: 1, rule: "x", detail: "")
        #expect(AnswerKeyBuilder.xmlPath(placement) == "Message/Persons/Person[7]/Requests[1]/ActivePlans/PlacementDetail[2]/EntryDate")
        let person = PlantedMistake(kind: .wrongUPNCheckLetter, table: .persons, item: .upn, personID: "P0000001", personIndex: 0,
                                    rule: "1510", detail: "")
        #expect(AnswerKeyBuilder.xmlPath(person) == "Message/Persons/Person[1]/UPN")
    }

    /// The text of `item` on the record a mistake points at.
    static func text(of item: Item, in person: Person, at m: PlantedMistake) -> String? {
        guard let r = m.request else { return person.field(item).text }
        guard r < person.requests.count else { return nil }
        let request = person.requests[r]
        let i = m.position ?? 0
        switch m.table {
        case .requests: return request.field(item).text
        case .assessments: return request.assessment?.field(item).text
        case .namedPlans: return request.assessment?.namedPlan?.field(item).text
        case .planDetails: return request.assessment?.namedPlan?.details.dropFirst(i).first?.field(item).text
        case .activePlans: return request.activePlans?.field(item).text
        case .placementDetails: return request.activePlans?.placements.dropFirst(i).first?.field(item).text
        case .senNeeds: return request.activePlans?.needs.dropFirst(i).first.map { "\($0.field(.senType).text ?? "")\($0.field(item).text ?? "")" }
        case .header, .persons: return person.field(item).text
        }
    }
}
