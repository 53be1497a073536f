import XLSXIO

/// The rows of one sheet or CSV file, as sparse cells, whichever kind of file it is.
final class TableInput {
    private enum Backing {
        case sheet(SheetReader)
        case csv(CSVReader)
    }

    /// The file's path.
    let file: String
    /// The sheet name, for workbooks.
    let sheet: String?
    /// The serial-date epoch numbers in date columns count from.
    let dateSystem: DateSystem
    private let backing: Backing
    private var pending: [Row] = []

    /// A worksheet of `book`.
    init(book: Workbook, sheet: SheetInfo) throws(XLSXError) {
        file = book.path
        self.sheet = sheet.name
        dateSystem = book.dateSystem
        backing = .sheet(try book.openSheet(sheet))
    }

    /// A CSV file.
    init(csv path: String) throws(XLSXError) {
        file = path
        sheet = nil
        dateSystem = .date1900
        backing = .csv(try CSVReader(path: path))
    }

    var format: SourceTable.Format { sheet == nil ? .csv : .sheet }

    /// The next row that has cells, or nil at the end.
    func next() throws(XLSXError) -> Row? {
        if !pending.isEmpty { return pending.removeFirst() }
        switch backing {
        case .sheet(let reader):
            return try reader.next()
        case .csv(let reader):
            while let fields = try reader.next() {
                var cells: [Cell] = []
                cells.reserveCapacity(fields.count)
                for (i, field) in fields.enumerated() where !field.isEmpty {
                    cells.append(Cell(column: i + 1, value: .string(field)))
                }
                if !cells.isEmpty { return Row(index: reader.line, cells: cells) }
            }
            return nil
        }
    }

    /// Puts rows back to be returned again by ``next()``, in order.
    func pushBack(_ rows: [Row]) { pending = rows + pending }

    /// A location in this input.
    func location(row: Int? = nil, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, row: row, column: column)
    }
}
