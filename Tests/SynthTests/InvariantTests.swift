import SEN2Schema
import Testing
@testable import Synth

@Suite("Clean cohorts keep the return's rules")
struct InvariantTests {
    static let cases: [(CollectionYear, UInt64)] = CollectionYear.allCases.flatMap { y in [(y, 1), (y, 77), (y, 123_456_789)] as [(CollectionYear, UInt64)] }

    @Test(arguments: cases)
    func everyRecordKeepsTheRules(year: CollectionYear, seed: UInt64) throws {
        let options = SynthOptions(children: 3_000, year: year, seed: seed)
        var checks = RecordChecks(year: year, reference: options.effectiveReferenceDate)
        for generated in try SynthTestSupport.cohort(options) {
            #expect(generated.mistakes.isEmpty)
            #expect(generated.person == generated.clean)
            checks.check(generated.person)
        }
        #expect(checks.problems.isEmpty, "\(checks.problems.count) problems, first: \(checks.problems.prefix(8))")
    }

    @Test(arguments: [Profile.london, .sampledLA])
    func otherProfilesAndReferenceDatesKeepTheRulesToo(profile: Profile) throws {
        let year = CollectionYear.y2026
        let reference = year.census.adding(days: 20)
        let options = SynthOptions(children: 2_000, year: year, referenceDate: reference, la: "316", seed: 9, profile: profile)
        var checks = RecordChecks(year: year, reference: reference)
        for generated in try SynthTestSupport.cohort(options) { checks.check(generated.person) }
        #expect(checks.problems.isEmpty, "\(checks.problems.prefix(8))")
    }

    @Test func everySituationAndItemOfTheYearAppears() throws {
        let options = SynthOptions(children: 4_000, year: .y2026, seed: 3)
        let persons = try SynthTestSupport.cohort(options)
        #expect(Set(persons.map(\.situation)) == Set(Situation.allCases))
        var seen = Set<Item>()
        for p in persons.map(\.person) {
            for item in Item.allCases where p.field(item) != .absent { seen.insert(item) }
            for r in p.requests {
                for item in Item.allCases where r.field(item) != .absent { seen.insert(item) }
                if let a = r.assessment {
                    for item in Item.allCases where a.field(item) != .absent { seen.insert(item) }
                    if let n = a.namedPlan {
                        for item in Item.allCases where n.field(item) != .absent { seen.insert(item) }
                        for d in n.details { for item in Item.allCases where d.field(item) != .absent { seen.insert(item) } }
                    }
                }
                if let active = r.activePlans {
                    for item in Item.allCases where active.field(item) != .absent { seen.insert(item) }
                    for d in active.placements { for item in Item.allCases where d.field(item) != .absent { seen.insert(item) } }
                    for n in active.needs { for item in Item.allCases where n.field(item) != .absent { seen.insert(item) } }
                }
            }
        }
        let expected = Set(Item.allCases.filter { $0.module != .collectionDetails && $0.module != .source && options.year.declaration.collects($0) })
        #expect(expected.subtracting(seen).isEmpty, "never written: \(expected.subtracting(seen))")
    }

    @Test func upnsAndUlnsAreUniqueAndValidAcrossALargeCohort() throws {
        let options = SynthOptions(children: 30_000, year: .y2025, seed: 11)
        var upns = Set<String>(), ulns = Set<String>()
        var withUPN = 0
        try CohortGenerator(options: options).forEachPerson { g in
            if let upn = g.person.upn.value {
                withUPN += 1
                #expect(upns.insert(upn.text).inserted)
                #expect(upn.checkLetterIsValid)
            }
            if let uln = g.person.uln.value {
                #expect(ulns.insert(uln.text).inserted)
                #expect(uln.checkDigitIsValid)
            }
        }
        #expect(withUPN > 20_000)
        #expect(ulns.count > 2_000)
    }
}

@Suite("Rare life courses")
struct RareLifeCourseTests {
    /// Persons 137,168 and 544,114 of this 640,000-person cohort were babies whose long
    /// assessment ended in "no plan"; their requests used to be dated before their birth.
    @Test(arguments: [137_167, 544_113])
    func aRequestNeverPrecedesTheBirth(index: Int) throws {
        let generator = try CohortGenerator(options: SynthOptions(children: 640_000, year: .y2026, seed: 5))
        let person = generator.cleanPerson(at: index).person
        let birth = try #require(person.birthDate.value)
        for request in person.requests {
            if let received = request.receivedDate.value { #expect(received >= birth.adding(days: 30)) }
        }
    }
}
