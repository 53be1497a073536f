import ArgumentParser
import Foundation
import SEN2Schema
import XLSXIO

extension SEN2XL {
    /// `sen2xl reconcile OLD NEW`: proves a migration: who arrived, who did not, and what changed.
    struct Reconcile: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two extracts of the same children: who matches, who is missing, and every item that changed.",
            discussion: """
            Persons are linked by UPN, then ULN, then surname, forename and birth date (ignoring case, accents \
            and punctuation), then by weighing similar names, birth dates with day and month swapped, swapped \
            forename and surname, postcode and sex; each link reports its method and confidence. A person who \
            could be more than one is reported as ambiguous, never merged. For linked persons every differing \
            item is listed, table by table, with requests, plans, placements and needs paired within the person. \
            OLD and NEW are workbooks, CSV folders or COLLECT XML files, each with its own mapping if needed. \
            --format json prints {"matched","only_old","only_new","ambiguous","differences"}; IDs are each \
            input's Person ID (or UPN where there is none). Exit status 0 when compared, 2 when an input cannot \
            be read.
            """)

        @Argument(help: "The old extract.", completion: .file(extensions: ["xlsx", "xlsm", "xml"]))
        var old: String

        @Argument(help: "The new extract.", completion: .file(extensions: ["xlsx", "xlsm", "xml"]))
        var new: String

        @Option(name: .long, help: "A mapping file for OLD.", completion: .file(extensions: ["yaml", "yml", "json"]))
        var mappingOld: String?

        @Option(name: .long, help: "A mapping file for NEW.", completion: .file(extensions: ["yaml", "yml", "json"]))
        var mappingNew: String?

        @Option(name: .long, help: YearHelp.text)
        var year: CollectionYear?

        @Option(name: .long, help: "Output format on standard output: text or json.")
        var format: ReportFormat = .text

        @Option(name: [.short, .long], help: "Also write the summary, each category and every difference to this workbook.",
                completion: .file(extensions: ["xlsx"]))
        var output: String?

        @Flag(name: .long, help: "Replace the output file if it exists.")
        var force = false

        func validate() throws {
            if let output, !output.lowercased().hasSuffix(".xlsx") { throw ValidationError("-o must name an .xlsx file") }
        }

        func run() throws {
            try Failure.guarded {
                try OutputPaths.check(outputs: [output], inputs: [old, new, mappingOld, mappingNew])
                let before = try ReturnLoading.load(old, year: year, mapping: mappingOld)
                ReturnLoading.printReport(before.report)
                let after = try ReturnLoading.load(new, year: year, mapping: mappingNew)
                ReturnLoading.printReport(after.report)
                let report = ReconcileReport(old: before.sen2Return, new: after.sen2Return)
                for item in report.uncompared {
                    FileHandle.standardError.write(Data("sen2xl: note: \(item.message)\n".utf8))
                }
                if let output { try report.writeWorkbook(to: output, overwrite: force) }
                let sink = ByteSink.standardOutput()
                if format == .json { try report.writeJSON(to: sink) } else { try report.writeText(to: sink) }
                try sink.flush()
            }
        }
    }
}
