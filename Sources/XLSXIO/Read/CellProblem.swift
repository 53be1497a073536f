/// Why one cell's value cannot be read. The sheet reader turns it into an ``XLSXError``
/// naming the file, part, sheet and cell.
enum CellProblem {
    /// A `t="s"` cell whose index (the text) is past the end of the shared-string table.
    case sharedStringOutOfRange(String)
    /// A number (the text) too large for a double, such as `1e400`: it would read as infinity.
    case notFinite(String)
}

extension SheetReader {
    /// The error for `problem` at `cell` of this sheet.
    func error(_ problem: CellProblem, at cell: CellReference) -> XLSXError {
        switch problem {
        case .sharedStringOutOfRange(let index):
            return XLSXError(code: .sharedStringOutOfRange, file: path, part: sheet.part, sheet: sheet.name, cell: cell.description,
                             message: "the cell refers to shared string \(index), but the workbook has only \(sharedStrings.count); the file is damaged")
        case .notFinite(let text):
            // The text is at most a few hundred digits; cut it so the message stays readable.
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return XLSXError(code: .invalidValue, file: path, part: sheet.part, sheet: sheet.name, cell: cell.description,
                             message: "the number \(shown) is beyond the largest a spreadsheet can hold (about 1.8E308); the file is damaged")
        }
    }
}
