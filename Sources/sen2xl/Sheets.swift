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
                    var fields = [String(sheet.index), sheet.name, sheet.state.rawValue]
                    if sheet.kind != .worksheet { fields.append(sheet.kind.rawValue) }
                    fields.append(dimension)
                    print(fields.joined(separator: "\t"))
                }
            }
        }
    }
}
