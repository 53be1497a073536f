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

        @Option(name: .long, help: YearHelp.text)
        var year: CollectionYear = .latest

        @Option(name: .long, help: "Reference date, YYYY-MM-DD (default: the year's census day).",
                transform: { text in
                    guard let date = CalendarDate(iso: text) else { throw ValidationError("--reference-date must be a date, YYYY-MM-DD") }
                    return date
                })
        var referenceDate: CalendarDate?

        @Option(name: .long, help: "The LA's 3-digit code.")
        var la = "202"

        @Option(name: .long, help: "Random seed.")
        var seed: UInt64 = 1

        @Option(name: .long, help: "Starting parameters: england, london or sampled-la.")
        var profile: Profile = .england

        @Option(name: .long, help: "A JSON file of parameters overriding the profile's, key by key.",
                completion: .file(extensions: ["json"]))
        var parameters: String?

        @Option(name: [.short, .long], help: "Write the cohort as the template workbook (.xlsx).", completion: .file(extensions: ["xlsx"]))
        var output: String?

        @Option(name: .long, help: "Write the cohort as the COLLECT XML file, checked against the year's schema.",
                completion: .file(extensions: ["xml"]))
        var xml: String?

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

        @Flag(name: .long, help: "Replace output files that exist.")
        var force = false

        func validate() throws {
            if !printParameters && output == nil && xml == nil && answerKey == nil && !report {
                throw ValidationError("nothing to write: give -o COHORT.xlsx, --xml COHORT.xml, --answer-key KEY.csv or --report")
            }
            if threads < 1 { throw ValidationError("--threads must be at least 1") }
        }

        func run() throws {
            try Failure.guarded {
                if printParameters {
                    FileHandle.standardOutput.write(try ParameterFile.json(profile.parameters))
                    return
                }
                let options = try makeOptions()
                let generator = try CohortGenerator(options: options)
                let outputs = CohortOutputs(workbook: output, xml: xml, answerKey: answerKey, overwrite: force)
                let result = try CohortWriter.write(generator, to: outputs, threads: threads)
                if report {
                    FileHandle.standardOutput.write(Data(CalibrationReport.text(result.statistics, options: options,
                                                                                calibration: generator.calibration).utf8))
                }
                let written = [output, xml, answerKey].compactMap { $0 }
                if !written.isEmpty {
                    var line = "sen2xl: wrote \(options.children) synthetic persons to \(written.joined(separator: ", "))"
                    if options.errorRate > 0 { line += " with \(result.answerKey.entries.count) planted mistakes" }
                    FileHandle.standardError.write(Data((line + "\n").utf8))
                }
            }
        }

        private func makeOptions() throws -> SynthOptions {
            let custom = try parameters.map { try ParameterFile.load(path: $0, over: profile.parameters) }
            return SynthOptions(children: children, year: year, referenceDate: referenceDate, la: la, seed: seed,
                                profile: profile, parameters: custom, errorRate: errors, release: SEN2XLVersion.current)
        }
    }
}
