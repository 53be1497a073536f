import ArgumentParser
import XLSXIO

extension SheetTextExporter.Format: ExpressibleByArgument {}

extension SEN2XL {
    /// `sen2xl cat FILE`: print a sheet as CSV or JSON.
    struct Cat: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a sheet as CSV (default) or JSON.",
            discussion: """
            CSV is RFC 4180 in UTF-8. JSON is {"sheets":[{"name":…,"rows":[[…],…]}]}: element k of rows is \
            sheet row k+1, element j of a row is column j+1, empty cells inside a row are null and trailing \
            empty cells are left out. Dates print as YYYY-MM-DD, date-times as YYYY-MM-DDTHH:MM:SS, times as \
            HH:MM:SS. Exit status 2 when the file cannot be read.
            """)

        @Argument(help: "The workbook (.xlsx or .xlsm).", completion: .file(extensions: ["xlsx", "xlsm"]))
        var file: String

        @Option(name: .long, help: "The sheet to print, by name or 1-based number (default: the first).")
        var sheet: String?

        @Option(name: .long, help: "Output format: csv or json.")
        var format: SheetTextExporter.Format = .csv

        @Flag(name: .long, help: "Print every sheet (JSON only).")
        var all = false

        func validate() throws {
            if all && format != .json { throw ValidationError("--all needs --format json (CSV holds one sheet)") }
            if all && sheet != nil { throw ValidationError("--all and --sheet cannot be used together") }
        }

        func run() throws {
            try Failure.guarded {
                let book = try Workbook(path: file)
                let sink = ByteSink.standardOutput()
                let exporter = SheetTextExporter(format: format)
                let chosen = all ? book.sheets : [try book.sheet(matchingOrFirst: sheet)]
                switch format {
                case .csv:
                    try exporter.writeCSV(of: chosen[0], in: book, to: sink)
                case .json:
                    let readers = try chosen.map { s throws(XLSXError) in (name: s.name, reader: try book.openSheet(s)) }
                    try exporter.writeJSON(sheets: readers, to: sink)
                }
                try sink.flush()
            }
        }
    }
}
