/// Writes one sheet of a workbook as a CSV file, through the same exporter as `sen2xl cat`,
/// atomically (nothing at the destination until the whole file is written).
public struct WorkbookToCSV {
    /// The sheet, by name or 1-based position; nil for the first.
    public var sheet: String?
    /// Replace an existing output file.
    public var overwrite: Bool

    /// Creates a converter.
    public init(sheet: String? = nil, overwrite: Bool = false) {
        self.sheet = sheet
        self.overwrite = overwrite
    }

    /// Converts the chosen sheet of `workbookPath` to CSV at `csvPath`.
    public func convert(workbookPath: String, to csvPath: String) throws(XLSXError) {
        let book = try Workbook(path: workbookPath)
        let chosen = try book.sheet(matchingOrFirst: sheet)
        let output = try AtomicFile(destination: csvPath, overwrite: overwrite)
        let sink = try output.openSink()
        try SheetTextExporter(format: .csv).writeCSV(of: chosen, in: book, to: sink)
        try sink.flush()
        try output.commit()
    }
}
