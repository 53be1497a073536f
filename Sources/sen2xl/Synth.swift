import ArgumentParser
import Foundation
import SEN2Schema
import Synth
import XLSXIO

extension Profile: ExpressibleByArgument {}

extension SEN2XL {
    /// `sen2xl synth`: a realistic, valid synthetic SEN2 cohort.
    struct Synth: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "synth",
            abstract: "Generate a realistic synthetic SEN2 cohort (no real child).",
            discussion: """
            Every person is simulated from birth to the census day (request, decision, assessment, plan, \
            placements, reviews, cease) and the return is the snapshot the collection rules take for the year. \
            Distributions are calibrated to the national statistics (January 2025 caseload, 2024 activity); \
            --profile london uses the London figures, --profile sampled-la draws the LA's 20-week rate from \
            the spread between LAs, and --parameters FILE.json overrides any figure (see --print-parameters). \
            The same seed and options give the same output on every machine.
            """)

        @Option(name: .long, help: "Number of persons in the return.")
        var children: Int

        @Option(name: .long, help: "Collection year (2024–2027; 2027 assumes 2026's specification).")
        var year: Int = CollectionYear.latest.rawValue

        @Option(name: .long, help: "Reference date, YYYY-MM-DD (default: the year's census day).")
        var referenceDate: String?

        @Option(name: .long, help: "The LA's 3-digit code.")
        var la = "202"

        @Option(name: .long, help: "Random seed.")
        var seed: UInt64 = 1

        @Option(name: .long, help: "Starting parameters: england, london or sampled-la.")
        var profile: Profile = .england

        @Option(name: .long, help: "A JSON file of parameters overriding the profile's, key by key.",
                completion: .file(extensions: ["json"]))
        var parameters: String?

        @Option(name: .long, help: "Share of persons given one planted mistake, 0–1 (default 0: a clean return).")
        var errors: Double = 0

        @Option(name: .long, help: "Write the planted mistakes to this CSV file.", completion: .file(extensions: ["csv"]))
        var answerKey: String?

        @Flag(name: .long, help: "Print the generated distributions beside the calibration targets.")
        var report = false

        @Flag(name: .long, help: "Print the profile's parameters as JSON (a starting point for --parameters) and exit.")
        var printParameters = false

        @Option(name: .long, help: "Threads generating persons (the output does not depend on it).")
        var threads = 2

        func run() throws {
            try Failure.guarded {
                if printParameters {
                    FileHandle.standardOutput.write(try ParameterFile.json(profile.parameters))
                    return
                }
                let options = try makeOptions()
                let generator = try CohortGenerator(options: options)
                var statistics = CohortStatistics(calibration: generator.calibration, options: options)
                var key = answerKey.map { _ in AnswerKeyBuilder() }
                try generator.forEachPerson(threads: threads) { (generated: GeneratedPerson) throws(SynthError) in
                    statistics.add(generated.clean, situation: generated.situation)
                    key?.add(generated)
                }
                if let answerKey, let key { try key.write(to: answerKey) }
                if report {
                    FileHandle.standardOutput.write(Data(CalibrationReport.text(statistics, options: options,
                                                                                calibration: generator.calibration).utf8))
                }
            }
        }

        private func makeOptions() throws -> SynthOptions {
            guard let collectionYear = CollectionYear(year: year) else {
                throw ValidationError("--year must be one of \(CollectionYear.allCases.map(\.description).joined(separator: ", "))")
            }
            var reference: CalendarDate?
            if let referenceDate {
                guard let date = CalendarDate(iso: referenceDate) else { throw ValidationError("--reference-date must be YYYY-MM-DD") }
                reference = date
            }
            let custom = try parameters.map { try ParameterFile.load(path: $0, over: profile.parameters) }
            return SynthOptions(children: children, year: collectionYear, referenceDate: reference, la: la, seed: seed,
                                profile: profile, parameters: custom, errorRate: errors, release: SEN2XLVersion.current)
        }
    }
}
