import SEN2Schema
import Testing
@testable import Synth

@Suite("Determinism")
struct DeterminismTests {
    @Test(arguments: [1, 42, UInt64.max] as [UInt64])
    func sameSeedGivesTheSameCohortWhateverTheThreads(seed: UInt64) throws {
        let options = SynthOptions(children: 600, year: .y2025, seed: seed, errorRate: 0.1)
        let one = try SynthTestSupport.cohort(options, threads: 1, batchSize: 1000)
        let three = try SynthTestSupport.cohort(options, threads: 3, batchSize: 7)
        #expect(one.map(\.person) == three.map(\.person))
        #expect(one.map(\.mistakes) == three.map(\.mistakes))
        #expect(one.map(\.person.id) == (0..<600).map(CohortGenerator.personID))
    }

    @Test func differentSeedsGiveDifferentCohorts() throws {
        let a = try SynthTestSupport.cohort(SynthOptions(children: 200, seed: 1)).map(\.person)
        let b = try SynthTestSupport.cohort(SynthOptions(children: 200, seed: 2)).map(\.person)
        #expect(zip(a, b).filter { $0 == $1 }.isEmpty)
    }

    @Test func plantingMistakesLeavesTheCleanCohortUnchanged() throws {
        let clean = try SynthTestSupport.cohort(SynthOptions(children: 500, seed: 8)).map(\.person)
        let planted = try SynthTestSupport.cohort(SynthOptions(children: 500, seed: 8, errorRate: 0.3))
        #expect(planted.map(\.clean) == clean)
        let changed = planted.filter { !$0.mistakes.isEmpty }
        #expect(changed.count > 100 && changed.count < 200)
        #expect(changed.allSatisfy { $0.person != $0.clean })
        #expect(planted.filter { $0.mistakes.isEmpty }.allSatisfy { $0.person == $0.clean })
    }

    @Test func theHeaderSaysTheDataAreSynthetic() throws {
        let generator = try CohortGenerator(options: SynthOptions(children: 10, year: .y2026, la: "886", seed: 4))
        #expect(generator.header.softwareCode.value?.contains("SYNTHETIC") == true)
        #expect(generator.header.lea.value?.text == "886")
        #expect(generator.header.referenceDate.value == CollectionYear.y2026.census)
        #expect(generator.header.dsco.value != nil)
        let older = try CohortGenerator(options: SynthOptions(children: 10, year: .y2024, seed: 4))
        #expect(older.header.dsco == .absent)
    }

    @Test(arguments: [
        (SynthOptions(children: 0), "--children"), (SynthOptions(children: 10, la: "999"), "--la"),
        (SynthOptions(children: 10, la: "820"), "--la"),
        (SynthOptions(children: 10, year: .y2025, referenceDate: CollectionYear.y2026.census), "--reference-date"),
        (SynthOptions(children: 10, errorRate: 1.5), "--errors"),
    ] as [(SynthOptions, String)])
    func badOptionsAreRefusedNamingTheOption(options: SynthOptions, option: String) {
        #expect { try CohortGenerator(options: options) } throws: { ($0 as? SynthError)?.location == option }
    }
}
