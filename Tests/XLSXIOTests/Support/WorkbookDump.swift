import XLSXIO

/// Reads every row of every sheet of a workbook, the way `sen2xl cat --all` does, checking the
/// stream's invariants as it goes. Used to prove a file is read to the end (or fails with a
/// typed error) rather than only opened.
struct WorkbookDump {
    /// One sheet's cells, keyed by A1 reference.
    struct SheetCells {
        /// Every cell the sheet streamed, including style-only cells with no value.
        var cells: [String: Cell] = [:]
        /// How many cells have a value.
        var valueCount = 0
        /// Rows that came out of order, or cells whose columns did not ascend (should be none).
        var orderFaults: [String] = []
    }

    /// Sheets in workbook order.
    var sheets: [(info: SheetInfo, cells: SheetCells)] = []

    /// Opens `path` and reads all of it.
    init(path: String, limits: ReadLimits = .standard) throws(XLSXError) {
        let book = try Workbook(path: path, limits: limits)
        for info in book.sheets {
            let reader = try book.openSheet(info)
            var cells = SheetCells()
            var lastRow = 0
            while let row = try reader.next() {
                if row.index <= lastRow { cells.orderFaults.append("row \(row.index) after row \(lastRow)") }
                lastRow = row.index
                var lastColumn = 0
                for cell in row.cells {
                    if cell.column <= lastColumn { cells.orderFaults.append("row \(row.index): column \(cell.column) after \(lastColumn)") }
                    lastColumn = cell.column
                    cells.cells[CellReference(row: row.index, column: cell.column).description] = cell
                    if !cell.value.isEmpty { cells.valueCount += 1 }
                }
            }
            sheets.append((info, cells))
        }
    }

    /// The cells of the sheet named `name`.
    func sheet(_ name: String) -> SheetCells? { sheets.first { $0.info.name == name }?.cells }
}
