import SEN2Schema
import Synth
import XLSXIO

/// A generated return with the generator's own count of it.
struct SynthCohort {
    let sen2Return: SEN2Return
    let statistics: CohortStatistics
    let parameters: SynthParameters
    let period: SummaryPeriod

    init(children: Int, seed: UInt64, year: CollectionYear = .y2025, errorRate: Double = 0) throws {
        let options = SynthOptions(children: children, year: year, seed: seed, errorRate: errorRate)
        let generator = try CohortGenerator(options: options)
        var statistics = CohortStatistics(calibration: generator.calibration, options: options)
        var persons: [Person] = []
        persons.reserveCapacity(children)
        generator.forEachPerson { (g: GeneratedPerson) in
            statistics.add(g.clean, situation: g.situation)
            persons.append(g.person)
        }
        sen2Return = SEN2Return(header: generator.header, persons: persons)
        self.statistics = statistics
        parameters = generator.calibration.parameters
        period = SummaryPeriod(referenceDate: options.effectiveReferenceDate)
    }
}
