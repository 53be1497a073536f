/// A worksheet whose `<row>`/`<c>` layout the streaming reader cannot follow without putting
/// values in the wrong place. The parser stops at the first one; the reader reports it.
enum SheetStructureProblem: Equatable {
    /// Row `row` was written after row `after` (a repeated or backwards `r`).
    case rowOutOfOrder(row: Int, after: Int)
    /// In row `row`, column `column` was written after column `after`.
    case cellOutOfOrder(row: Int, column: Int, after: Int)
    /// A row number or cell reference past `XFD1048576` (the text as written).
    case beyondSheet(String)

    /// What to tell the user; the caller adds file, part and sheet.
    var message: String {
        let repair = "open and save the workbook in Excel or LibreOffice to repair it"
        switch self {
        case .rowOutOfOrder(let row, let after) where row == after:
            return "row \(row) appears twice: the rows of this sheet are out of order; \(repair)"
        case .rowOutOfOrder(let row, let after):
            return "row \(row) comes after row \(after): the rows of this sheet are out of order; \(repair)"
        case .cellOutOfOrder(let row, let column, let after):
            let cell = CellReference(row: row, column: column), before = CellReference(row: row, column: after)
            if column == after { return "cell \(cell) appears twice in row \(row): the cells of this row are out of order; \(repair)" }
            return "cell \(cell) comes after \(before) in row \(row): the cells of this row are out of order; \(repair)"
        case .beyondSheet(let reference):
            return "\(reference) is beyond the last cell a sheet can have (XFD1048576); the file is damaged"
        }
    }

    /// The cell the problem is at, when there is one.
    var cell: String? {
        switch self {
        case .rowOutOfOrder: return nil
        case .cellOutOfOrder(let row, let column, _): return CellReference(row: row, column: column).description
        case .beyondSheet: return nil
        }
    }
}

extension CellReference {
    /// True when `bytes` are A1 notation (letters then digits) naming a cell past
    /// `XFD1048576`, as opposed to text that is not a reference at all.
    static func isBeyondSheet(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var column = 0
        while i < bytes.count {
            var b = bytes[i]
            if b >= 97 && b <= 122 { b -= 32 }
            guard b >= 65 && b <= 90 else { break }
            // Stop counting once past the limit; the answer is already known.
            column = min(column * 26 + Int(b - 64), maxColumn + 1)
            i += 1
        }
        guard column > 0, i < bytes.count else { return false }
        var row = 0
        while i < bytes.count {
            let b = bytes[i]
            guard b >= 48 && b <= 57 else { return false }
            row = min(row * 10 + Int(b - 48), maxRow + 1)
            i += 1
        }
        return column > maxColumn || row > maxRow
    }
}
