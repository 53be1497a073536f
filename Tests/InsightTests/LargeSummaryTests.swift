import Testing
import XLSXIO
@testable import SEN2Schema
import Synth

@Suite("Summary of generated cohorts")
struct LargeSummaryTests {
    /// The published age bands as single ages (the generator counts ages 0–25).
    static let bands: [(AgeBand, ClosedRange<Int>)] = [(.under5, 0...4), (.age5to10, 5...10), (.age11to15, 11...15),
                                                       (.age16to19, 16...19), (.age20to25, 20...25)]

    @Test(arguments: [1, 7] as [UInt64])
    func figuresAgreeWithTheGeneratorsOwnCount(seed: UInt64) throws {
        let cohort = try SynthCohort(children: 20_000, seed: seed)
        let figures = ReturnSummary(cohort.sen2Return, period: cohort.period).figures
        let stats = cohort.statistics
        // The generator counts its return independently, from the records; a clean return must
        // give the same caseload, to the person.
        #expect(figures.caseload.total == stats.age.total)
        for (band, ages) in Self.bands {
            let generated = ages.reduce(0) { $0 + stats.age.counts[$1] }
            #expect(figures.caseload.ageBand[band.rawValue] == generated, "\(band.rawValue)")
        }
        for (code, count) in zip(stats.sex.categories, stats.sex.counts) { #expect(figures.caseload.sex[code] == count, "\(code)") }
        for (code, count) in zip(stats.need.categories, stats.need.counts) {
            let ours = figures.caseload.primaryNeed[code] + (code == "OTH" ? figures.caseload.primaryNeed["DS"] : 0)
            #expect(ours == count, "\(code)")
        }
        let a = figures.activity
        #expect((a.refused, a.requests) == (stats.refusal.numerator, stats.refusal.denominator))
        #expect((a.timedWithin20WeeksExclExceptions, a.timedPlansExclExceptions) == (stats.withinTwentyWeeks.numerator, stats.withinTwentyWeeks.denominator))
        #expect(a.ceased == stats.ceaseReasons.total)
    }

    @Test func sharesAreWithinTwoPointsOfTheCalibrationTargets() throws {
        let cohort = try SynthCohort(children: 20_000, seed: 3)
        let p = cohort.parameters
        let c = ReturnSummary(cohort.sen2Return, period: cohort.period).figures.caseload
        func share(_ n: Int) -> Double { Double(n) * 100 / Double(c.total) }
        let ageTotal = p.caseloadByAge.values.reduce(0, +)
        for (band, ages) in Self.bands {
            let target = ages.reduce(0.0) { sum, age in sum + (age < 3 ? (age == 0 ? p.caseloadByAge["under3"] ?? 0 : 0) : p.caseloadByAge[String(age)] ?? 0) }
            #expect(abs(share(c.ageBand[band.rawValue]) - target * 100 / ageTotal) < 2, "\(band.rawValue)")
        }
        let sexTotal = p.caseloadBySex.values.reduce(0, +)
        #expect(abs(share(c.sex["M"]) - (p.caseloadBySex["M"] ?? 0) * 100 / sexTotal) < 2)
        let needTotal = p.primaryNeed.values.reduce(0, +)
        for need in ["ASD", "SLCN", "SEMH", "MLD"] {
            #expect(abs(share(c.primaryNeed[need]) - (p.primaryNeed[need] ?? 0) * 100 / needTotal) < 2, "\(need)")
        }
        let a = ReturnSummary(cohort.sen2Return, period: cohort.period).figures.activity
        let outcomes = p.requestOutcomes.values.reduce(0, +)
        #expect(abs((a.refusalPercent ?? 0) - (p.requestOutcomes["N"] ?? 0) * 100 / outcomes) < 2)
        #expect(abs((a.within20WeeksExclExceptionsPercent ?? 0) - p.withinTwentyWeeks * 100) < 3)
    }
}
