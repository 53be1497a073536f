import ArgumentParser
import XLSXIO

extension SEN2XL {
    /// `sen2xl sheets FILE`: list a workbook's sheets.
    struct Sheets: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the sheets of a workbook: position, name, state and dimension.")

        @Argument(help: "The workbook (.xlsx or .xlsm).", completion: .file(extensions: ["xlsx", "xlsm"]))
        var file: String

        func run() throws {
            try Failure.guarded {
                let book = try Workbook(path: file)
                for sheet in book.sheets {
                    let dimension = try book.dimension(of: sheet) ?? ""
                    // Always four fields; a chart or dialog sheet has no dimension, so its kind
                    // stands in that column.
                    let last = sheet.kind == .worksheet ? dimension : "(\(sheet.kind.rawValue))"
                    let fields = [String(sheet.index), sheet.name, sheet.state.rawValue, last]
                    print(fields.joined(separator: "\t"))
                }
            }
        }
    }
}
