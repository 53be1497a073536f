import ArgumentParser
import Foundation
import SEN2Schema
import XLSXIO

extension SEN2XL {
    /// `sen2xl export BOOK.xlsx --year 2027`: write the COLLECT XML file.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the COLLECT XML return from a workbook or a folder of CSV files.",
            discussion: """
            Reads the template (any column order, extra columns, blank rows, codes as CODE, `CODE – label` or \
            label, dates as Excel dates, yyyy-mm-dd or dd/mm/yyyy, yes/no as 1/0, Y/N, Yes/No, TRUE/FALSE), the DfE \
            template's or COLLECT Blade export's headings, or an extract described by --mapping. The file is checked \
            against the year's XSD before it is written; a file that breaks it is refused with each element's path \
            and reason. The return is first checked against every validation rule (as `sen2xl validate` does); a \
            return with errors, rows that cannot be linked among them, is refused unless --allow-errors (queries \
            never stop an export). 2027 uses the 2026 structure until the DfE publishes the 2027 specification. \
            Exit status 0 when written, 2 when refused or unreadable.
            """)

        @Argument(help: "The workbook (.xlsx, .xlsm) or folder of CSV files.", completion: .file(extensions: ["xlsx", "xlsm"]))
        var input: String

        @Option(name: .long, help: YearHelp.text)
        var year: CollectionYear

        @Option(name: .long, help: "The LA's 3-digit code (a current English local authority, e.g. 202; overrides the Header sheet's).")
        var la: LACode?

        @Option(name: .long, help: "A mapping file (YAML or JSON) describing the extract's layout.", completion: .file(extensions: ["yaml", "yml", "json"]))
        var mapping: String?

        @Option(name: [.short, .long], help: "Where to write the XML (default: SEN2_<LA>_<year>.xml).")
        var output: String?

        @Flag(name: .long, help: "Replace the output file if it exists.")
        var force = false

        @Flag(name: .long, help: "Export even when the return has validation errors (rows that cannot be linked are left out).")
        var allowErrors = false

        func run() throws {
            try Failure.guarded {
                try OutputPaths.check(outputs: [output], inputs: [input, mapping])
                let loaded = try ReturnLoading.load(input, year: year, mapping: mapping)
                let report = loaded.report
                ReturnLoading.printReport(report)
                var checked = loaded.sen2Return
                if let la { checked.header.lea = .value(la) }
                let check = try ReturnCheck(year: year).run(checked, report: report, file: input)
                if check.errors > 0 && !allowErrors {
                    FindingsConsole.printCounts(RuleCount.counts(of: check.findings).filter { $0.severity == .error }, to: .standardError)
                    throw SEN2Error(file: input, message: "the return has \(check.errors) validation error(s), counted above; run `sen2xl validate` "
                                    + "to see each on its cell, fix them, or pass --allow-errors to export anyway")
                }
                let laCode = la ?? loaded.sen2Return.header.lea.value
                let path = output ?? "SEN2_\(laCode?.text ?? "LA")_\(year).xml"
                try OutputPaths.check(outputs: [path], inputs: [input, mapping])
                let summary = try ReturnExporter(year: year, release: SEN2XLVersion.current)
                    .export(loaded.sen2Return, la: la, to: path, overwrite: force)
                var note = "sen2xl: wrote \(summary.path): \(summary.persons) person(s), collection year \(year)"
                if !year.isConfirmed { note += " (2026 structure assumed until the 2027 specification is published)" }
                FileHandle.standardError.write(Data((note + "\n").utf8))
            }
        }
    }
}
