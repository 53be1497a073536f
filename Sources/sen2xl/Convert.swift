import ArgumentParser
import Foundation
import XLSXIO

extension TextEncoding: ExpressibleByArgument {}

extension SEN2XL {
    /// `sen2xl convert IN -o OUT`: CSV to workbook, or one sheet of a workbook to CSV.
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Turn a CSV extract into a workbook, or a sheet of a workbook into CSV.",
            discussion: """
            The direction follows the output's extension: .xlsx makes a workbook from CSV (UTF-8 with or \
            without BOM, or Windows-1252, detected unless --encoding is given); .csv writes one sheet of a \
            workbook as CSV, exactly as `sen2xl cat` prints it.

            Typing, chosen for identifiers: a field becomes a number only when it is a plain decimal numeral \
            that reads back exactly (so 0012, 01, 1.50, UPNs and postcodes stay text); YYYY-MM-DD becomes a \
            date shown dd/mm/yyyy; everything else, TRUE and FALSE included, stays text exactly as written. \
            The header row is bold, text and frozen; columns are sized to fit. Nothing is written at the \
            output until it is complete, and an existing output is kept unless --force is given.
            """)

        @Argument(help: "The CSV file or workbook to read.", completion: .file(extensions: ["csv", "txt", "xlsx", "xlsm"]))
        var input: String

        @Option(name: [.short, .long], help: "The file to write: .xlsx for a workbook, .csv for CSV.",
                completion: .file(extensions: ["xlsx", "csv"]))
        var output: String

        @Option(name: .long, help: "Workbook output: the sheet's name (default: the CSV's file name). CSV output: the sheet to write, by name or 1-based number (default: the first).")
        var sheet: String?

        @Flag(name: .long, inversion: .prefixedNo, help: "Treat the first record as a bold, frozen header row.")
        var headerRow = true

        @Option(name: .long, help: "Columns whose fields always stay text, as letters (A,C or A:C).")
        var textColumns: String?

        @Option(name: .long, help: "The CSV's encoding: utf-8 or windows-1252 (default: detected).")
        var encoding: TextEncoding?

        @Option(name: .long, help: "Deflate level, 0 (store) to 9 (smallest); 1 is fastest for very large outputs. Default 4: nearly level 6's size in half its time.")
        var compressionLevel = 4

        @Flag(name: .long, help: "Write every string inline instead of in a shared table: constant memory, larger file.")
        var inlineStrings = false

        @Flag(name: .long, help: "Replace the output if it exists.")
        var force = false

        enum Direction { case toWorkbook, toCSV }

        var direction: Direction? {
            let lower = output.lowercased()
            if lower.hasSuffix(".xlsx") { return .toWorkbook }
            if lower.hasSuffix(".csv") { return .toCSV }
            return nil
        }

        func validate() throws {
            guard let direction else { throw ValidationError("the output must end in .xlsx (CSV to workbook) or .csv (sheet to CSV)") }
            guard EntryCompression(level: compressionLevel) != nil else { throw ValidationError("--compression-level must be 0 to 9") }
            if direction == .toCSV && (textColumns != nil || encoding != nil || inlineStrings) {
                throw ValidationError("--text-columns, --encoding and --inline-strings apply only when writing a workbook")
            }
            if let sheet, direction == .toWorkbook, let problem = SheetName.problem(with: sheet) {
                throw ValidationError("--sheet: \(problem)")
            }
            _ = try parsedTextColumns()
        }

        /// `A,C` or `A:C,F` as 1-based column numbers.
        func parsedTextColumns() throws -> Set<Int> {
            guard let textColumns else { return [] }
            var columns: Set<Int> = []
            for item in textColumns.split(separator: ",") {
                let ends = item.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard (1...2).contains(ends.count), let a = CellReference.columnNumber(ends[0]),
                      let b = CellReference.columnNumber(ends[ends.count - 1]), a <= b else {
                    throw ValidationError("--text-columns: '\(item)' is not a column letter or range like A or A:C")
                }
                columns.formUnion(a...b)
            }
            return columns
        }

        func run() throws {
            let columns = try parsedTextColumns()
            try Failure.guarded {
                try OutputPaths.check(outputs: [output], inputs: [input])
                switch direction {
                case .toCSV:
                    try WorkbookToCSV(sheet: sheet, overwrite: force).convert(workbookPath: input, to: output)
                default:
                    let options = WorkbookWriter.Options(
                        overwrite: force, compression: EntryCompression(level: compressionLevel) ?? .standard,
                        strings: inlineStrings ? .inline : .standard)
                    let name = sheet ?? SheetName.sanitised(Self.baseName(of: input))
                    try CSVToWorkbook(sheetName: name, headerRow: headerRow, textColumns: columns, encoding: encoding,
                                      options: options).convert(csvPath: input, to: output)
                }
            }
        }

        /// The file name without folder and extension.
        static func baseName(of path: String) -> String {
            let file = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
            return String(file[..<dot])
        }
    }
}
