import ArgumentParser
import Foundation
import SEN2Schema
import XLSXIO

extension SEN2XL {
    /// `sen2xl summary INPUT`: the figures the DfE will publish from the return, beside last
    /// year's and England's, with the aggregate queries COLLECT does not make.
    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the figures the return will publish, last year side by side, and the queries behind them.",
            discussion: """
            Caseload on the reference date (by age band on 31 August, sex, primary need, placement and ethnic \
            group), the activity of the calendar year before (requests, refusals, assessments, new plans, the \
            20-week rate with and without exceptions, plans ceased by reason, transfers), each with its \
            definition; with --previous, last year's figures and the change; England and London shares and \
            rates for context; and queries: changes beyond --threshold, shares far from England's, plans that \
            vanished since last year, changed birth dates or sex, UPNs on two persons, activity that does not \
            add up; and the validator's findings counted by rule (--no-validation leaves them out). INPUT and \
            --previous are a workbook, a folder of CSV files or a COLLECT XML file. \
            --format json prints {"reference_date","caseload","activity","previous","queries"}. \
            Exit status 0 when the summary was produced, 2 when an input cannot be read.
            """)

        @Argument(help: "This year's return: workbook, CSV folder or XML.", completion: .file(extensions: ["xlsx", "xlsm", "xml"]))
        var input: String

        @Option(name: .long, help: YearHelp.text)
        var year: CollectionYear?

        @Option(name: .long, help: "The day the caseload is counted on (YYYY-MM-DD; default: the return's reference date, else the year's census day).")
        var referenceDate: CalendarDate?

        @Option(name: .long, help: "Last year's return, to compare with.", completion: .file(extensions: ["xlsx", "xlsm", "xml"]))
        var previous: String?

        @Option(name: .long, help: "A GIAS establishment export (CSV) to class URN placements by type and phase.", completion: .file(extensions: ["csv"]))
        var gias: String?

        @Option(name: .long, help: "A mapping file for INPUT.", completion: .file(extensions: ["yaml", "yml", "json"]))
        var mapping: String?

        @Option(name: .long, help: "A mapping file for --previous.", completion: .file(extensions: ["yaml", "yml", "json"]))
        var previousMapping: String?

        @Option(name: .long, help: "Raise a query when a figure changes by more than this percentage (points for rates).")
        var threshold = SummaryReport.defaultThreshold

        @Option(name: .long, help: "Output format on standard output: text or json.")
        var format: ReportFormat = .text

        @Option(name: [.short, .long], help: "Also write the tables and every query record to this workbook.", completion: .file(extensions: ["xlsx"]))
        var output: String?

        @Option(name: .long, help: "Also write a self-contained HTML page with charts.", completion: .file(extensions: ["html"]))
        var html: String?

        @Flag(name: .long, help: "Leave out the validation counts (faster on very large returns).")
        var noValidation = false

        @Flag(name: .long, help: "Replace the output files if they exist.")
        var force = false

        func validate() throws {
            guard threshold > 0 else { throw ValidationError("--threshold must be above 0") }
            if previousMapping != nil && previous == nil { throw ValidationError("--previous-mapping needs --previous") }
            if let output, !output.lowercased().hasSuffix(".xlsx") { throw ValidationError("-o must name an .xlsx file") }
        }

        func run() throws {
            try Failure.guarded {
                try OutputPaths.check(outputs: [output, html], inputs: [input, previous, gias, mapping, previousMapping])
                let (current, findings) = try loadAndCheck()
                ReturnLoading.printReport(current.report)
                guard let period = SummaryPeriod.choose(referenceDate: referenceDate, year: year, header: current.sen2Return.header) else {
                    throw SEN2Error(file: input, message: "the return has no reference date or year; give --year or --reference-date")
                }
                var last: (sen2Return: SEN2Return, report: ReadReport)?
                if let previous {
                    last = try ReturnLoading.load(previous, year: year.flatMap { CollectionYear(year: $0.rawValue - 1) }, mapping: previousMapping)
                    ReturnLoading.printReport(last!.report)
                }
                let lastPeriod = last.map { SummaryPeriod.choose(referenceDate: nil, year: nil, header: $0.sen2Return.header) ?? period.previous }
                let directory = try gias.map { path throws(XLSXError) in try GIASDirectory(path: path) }
                let report = SummaryReport(current.sen2Return, period: period, previous: last?.sen2Return, previousPeriod: lastPeriod,
                                           gias: directory, thresholdPercent: threshold,
                                           validation: findings)
                if let output { try report.writeWorkbook(to: output, overwrite: force) }
                if let html { try TextFile.write(report.html(), to: html, overwrite: force) }
                print(format == .json ? report.jsonText() : report.text(), terminator: "")
            }
        }
    }
}

extension SEN2XL.Summary {
    /// Reads INPUT and, unless --no-validation, checks it: an XML file is checked on a second
    /// thread while it is read; other inputs after reading. The findings are nil (with a note)
    /// when the return's year is not one the validator knows.
    func loadAndCheck() throws -> (loaded: (sen2Return: SEN2Return, report: ReadReport), findings: [Finding]?) {
        let check = ReturnCheck(year: year, referenceDate: referenceDate ?? year?.census)
        if noValidation { return (try ReturnLoading.load(input, year: year, mapping: mapping), nil) }
        if input.lowercased().hasSuffix(".xml") && mapping == nil {
            let read = try CheckedXMLRead.read(path: input, check: check)
            if let reason = read.notValidated { note(reason) }
            return ((read.sen2Return, read.report), read.findings)
        }
        let loaded = try ReturnLoading.load(input, year: year, mapping: mapping)
        do {
            return (loaded, try check.run(loaded.sen2Return, report: loaded.report, file: input).findings)
        } catch {
            note(error.message)
            return (loaded, nil)
        }
    }

    private func note(_ reason: String) {
        FileHandle.standardError.write(Data("sen2xl: the return was not validated: \(reason)\n".utf8))
    }
}

/// How a report prints on standard output.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    /// Readable text.
    case text
    /// One JSON document.
    case json
}

/// Writes a text file atomically.
enum TextFile {
    static func write(_ text: String, to path: String, overwrite: Bool) throws(XLSXError) {
        let file = try AtomicFile(destination: path, overwrite: overwrite)
        let sink = try file.openSink()
        try sink.write(text)
        try sink.flush()
        try file.commit()
    }
}
