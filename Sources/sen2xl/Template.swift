import ArgumentParser
import Foundation
import SEN2Schema
import Synth

extension SEN2XL {
    /// `sen2xl template --year 2027`: write the workbook teams fill in.
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the data-entry workbook for a collection year.",
            discussion: """
            A Guide, a Header sheet and one sheet per table (Persons, Requests, Assessments, NamedPlans, \
            PlanDetails, ActivePlans, PlacementDetails, SENNeeds) linked by Person ID and Request ID; CODE – label \
            dropdowns, dd/mm/yyyy dates, 1/0 yes/no items, a note on every heading. 2027 uses the 2026 structure \
            until the DfE publishes the 2027 specification.
            """)

        @Option(name: .long, help: YearHelp.text)
        var year: CollectionYear

        @Option(name: .long, help: "The LA's 3-digit code (a current English local authority, e.g. 202), filled in on the Header sheet.")
        var la: LACode?

        @Option(name: [.short, .long], help: "Where to write the workbook (default: SEN2-<year>.xlsx).")
        var output: String?

        @Flag(name: .long, help: "Fill the workbook with a small synthetic cohort (40 persons, seed 1; no real child).")
        var example = false

        @Flag(name: .long, help: "Replace the output file if it exists.")
        var force = false

        func run() throws {
            try Failure.guarded {
                let path = output ?? "SEN2-\(year).xlsx"
                if example {
                    let cohort = try CohortWriter.example(year: year, la: la?.text ?? "202", release: SEN2XLVersion.current)
                    try TemplateWorkbook.write(cohort.sen2Return, year: year, la: la, to: path, overwrite: force,
                                               properties: SyntheticMarking.properties(cohort.options),
                                               notice: SyntheticMarking.notice(cohort.options))
                    FileHandle.standardError.write(Data("sen2xl: wrote \(path), the \(year) template filled with \(cohort.sen2Return.persons.count) synthetic persons\n".utf8))
                    return
                }
                try TemplateWorkbook.write(SEN2Return(), year: year, la: la, to: path, overwrite: force)
                FileHandle.standardError.write(Data("sen2xl: wrote \(path), the \(year) template\n".utf8))
            }
        }
    }
}
