/// What a workbook's sheets share while they are written: the destination, the options, the
/// style table and the shared-string table.
final class WorkbookContext {
    /// The workbook's final path, for error messages.
    let destination: String
    /// The folder temporary files go in (the destination's, so no other disk fills up).
    let folder: String
    /// The writer's options.
    let options: WorkbookWriter.Options
    /// Cell formats.
    let styles = StyleRegistry()
    /// The shared-string table, or nil when strings are written inline.
    let sharedStrings: SharedStringsBuilder?
    /// Set once the workbook is written; later calls are errors.
    var isFinished = false
    /// Set when any cell holds a formula, so that Excel recalculates on opening.
    var hasFormulas = false

    init(destination: String, folder: String, options: WorkbookWriter.Options) throws(XLSXError) {
        self.destination = destination
        self.folder = folder
        self.options = options
        switch options.strings {
        case .inline:
            sharedStrings = nil
        case .shared(let budget):
            let spool = try SpoolFile(folder: folder, label: "xl/sharedStrings.xml", destination: destination, reservedHead: 512)
            sharedStrings = SharedStringsBuilder(spool: spool, memoryBudget: budget)
        }
    }

    /// An error about this workbook.
    func error(_ message: String, sheet: String? = nil, cell: String? = nil) -> XLSXError {
        XLSXError(code: .invalidValue, file: destination, sheet: sheet, cell: cell, message: message)
    }
}
