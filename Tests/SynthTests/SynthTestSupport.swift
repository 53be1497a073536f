import SEN2Schema
@testable import Synth

/// Small helpers shared by the Synth tests.
enum SynthTestSupport {
    /// Every person of a cohort, in order.
    static func cohort(_ options: SynthOptions, threads: Int = 2, batchSize: Int = 256) throws -> [GeneratedPerson] {
        let generator = try CohortGenerator(options: options)
        var persons: [GeneratedPerson] = []
        persons.reserveCapacity(options.children)
        generator.forEachPerson(threads: threads, batchSize: batchSize) { persons.append($0) }
        return persons
    }

    /// The statistics of a cohort.
    static func statistics(_ options: SynthOptions) throws -> CohortStatistics {
        let generator = try CohortGenerator(options: options)
        var statistics = CohortStatistics(calibration: generator.calibration, options: options)
        generator.forEachPerson { statistics.add($0.clean, situation: $0.situation) }
        return statistics
    }
}
