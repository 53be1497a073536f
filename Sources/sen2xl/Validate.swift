import ArgumentParser
import Foundation
import SEN2Schema
import XLSXIO

extension SEN2XL {
    /// `sen2xl validate INPUT`: check a return against every rule and mark each finding on
    /// its cell in a copy of the workbook.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a return against every SEN2 rule; mark each finding on its cell in a copy of the workbook.",
            discussion: """
            INPUT is a workbook (.xlsx, .xlsm), a folder of CSV files, or a COLLECT XML file. For a workbook, a \
            checked copy is written (default: INPUT-checked.xlsx beside it; the input itself is never changed): \
            error cells light red, query cells amber, each with a note listing "[rule id] message" for every \
            finding on it, and a "Validation summary" sheet, opened first, with the counts per rule, every \
            finding linked to its cell, and the audit trail (input name and SHA-256, sen2xl and rule-catalogue \
            versions, year, reference date, when). A finding about a whole row is on its ID cell, one about a \
            missing item on the cell where it belongs. Checking a checked copy again replaces its earlier \
            marks. The checked copy and the report are written afresh on each run (replacing the last \
            run's); the input is never written over. For XML and CSV input, findings name their element path or file, and -o writes the \
            data-entry template holding the return, marked the same way. --report writes \
            {"issues":[{"rule","severity","sheet","cell","person","message"},…]} as JSON, or CSV with those \
            columns. `sen2xl rules` lists the rules. Exit status 0 when there are no errors (queries allowed), \
            1 when errors remain, 2 when the input cannot be read.
            """)

        @Argument(help: "The return: a workbook, a folder of CSV files, or an XML file.", completion: .file(extensions: ["xlsx", "xlsm", "xml"]))
        var input: String

        @Option(name: .long, help: ArgumentHelp("The collection year (default: the mapping file's year, else the return's Year).",
                                                discussion: YearHelp.text.discussion))
        var year: CollectionYear?

        @Option(name: .long, help: "The day the return describes (YYYY-MM-DD; default: the return's reference date, else the census day).")
        var referenceDate: CalendarDate?

        @Option(name: .long, help: "A mapping file (YAML or JSON) describing an extract's layout.", completion: .file(extensions: ["yaml", "yml", "json"]))
        var mapping: String?

        @Option(name: [.short, .long], help: "Where to write the checked workbook (default for a workbook: INPUT-checked.xlsx).",
                completion: .file(extensions: ["xlsx", "xlsm"]))
        var output: String?

        @Option(name: .long, help: "Also write every finding to this file: .json or .csv.", completion: .file(extensions: ["json", "csv"]))
        var report: String?

        @Flag(name: .long, help: "Print no summary; the exit status and the files tell the result (a file that cannot be read is still reported on stderr).")
        var quiet = false

        func validate() throws {
            if let report, FindingReport.Format(path: report) == nil {
                throw ValidationError("--report must name a .json or .csv file")
            }
            if let output, !output.lowercased().hasSuffix(".xlsx") && !output.lowercased().hasSuffix(".xlsm") {
                throw ValidationError("-o must name an .xlsx (or, for an .xlsm input, .xlsm) workbook")
            }
        }

        func run() throws {
            let progress = ProgressLine()
            let outcome = try Failure.guarded { try check(progress: progress) }
            progress.finish()
            if !quiet { outcome.print() }
            throw ExitCode(outcome.result.errors > 0 ? 1 : 0)
        }

        private func check(progress: ProgressLine) throws -> ValidationOutcome {
            let kind = InputKind(input)
            let workbookOutput = output ?? (kind == .workbook ? Self.checkedPath(for: input) : nil)
            try OutputPaths.check(outputs: [workbookOutput, report], inputs: [input, mapping])
            // The year: --year, else the mapping file's, else (below) the return's own header.
            let year = try self.year ?? mapping.flatMap { try MappingFile.load(path: $0).year }.flatMap(CollectionYear.init(year:))
            let check = ReturnCheck(year: year, referenceDate: referenceDate)
            var loaded: SEN2Return?
            let result: ReturnCheck.Result
            if kind == .xml {
                progress.begin("Checking \(Self.name(input))")
                result = try check.run(xmlAt: input, progress: progress.update)
            } else {
                progress.begin("Reading \(Self.name(input))")
                let read = try ReturnLoading.load(input, year: year, mapping: mapping)
                loaded = read.sen2Return
                progress.begin("Checking", total: read.sen2Return.persons.count)
                result = try check.run(read.sen2Return, report: read.report, file: input, progress: progress.update)
            }
            let audit = try AuditTrail(input: input, toolVersion: SEN2XLVersion.current, context: result.context)
            if let workbookOutput {
                progress.begin("Writing \(Self.name(workbookOutput))")
                if kind == .workbook {
                    _ = try CheckedWorkbook.write(input: input, output: workbookOutput, result: result, audit: audit)
                } else {
                    try writeTemplate(from: loaded, year: result.context.year, check: check, audit: audit, to: workbookOutput)
                }
            }
            if let report, let format = FindingReport.Format(path: report) {
                try FindingReport.write(result.findings, format: format, toFile: report)
            }
            return ValidationOutcome(input: input, result: result, checkedCopy: workbookOutput, report: report, kind: kind)
        }

        /// For XML and CSV input: the return in the data-entry template, checked again so that
        /// every finding has a cell, then marked.
        private func writeTemplate(from loaded: SEN2Return?, year: CollectionYear, check: ReturnCheck, audit: AuditTrail,
                                   to path: String) throws {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            let plain = folder + "/.\(Self.name(path)).\(getpid()).template.xlsx"
            defer { try? FileManager.default.removeItem(atPath: plain) }
            let book = try TemplateWorkbook(path: plain, year: year, overwrite: true)
            if let loaded {
                try book.write(header: loaded.header)
                for person in loaded.persons { try book.append(person) }
            } else {
                try ReturnXMLReader(path: input).read(header: { try book.write(header: $0) }, person: { try book.append($0) })
            }
            try book.finish()
            var again = check
            again.year = year
            let (ret, report) = try ReturnReader(year: year).read(path: plain)
            let marked = try again.run(ret, report: report, file: plain)
            _ = try CheckedWorkbook.write(input: plain, output: path, result: marked, audit: audit)
        }

        /// `folder/name-checked.xlsx` for `folder/name.xlsx` (and `.xlsm` for `.xlsm`).
        static func checkedPath(for input: String) -> String {
            let ext = URL(fileURLWithPath: input).pathExtension
            let stem = ext.isEmpty ? input : String(input.dropLast(ext.count + 1))
            return stem + "-checked." + (ext.lowercased() == "xlsm" ? "xlsm" : "xlsx")
        }

        static func name(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }
    }
}
