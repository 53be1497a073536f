import Foundation
import XLSXIO

/// Reads back what the report workbooks wrote.
struct WrittenBook {
    let path: String
    let book: Workbook

    init(_ path: String) throws {
        self.path = path
        book = try Workbook(path: path)
    }

    /// The sheet's cells as text, row by row (dates as yyyy-mm-dd, whole numbers without a point).
    func rows(_ sheet: String) throws -> [[String]] {
        guard let info = book.sheet(named: sheet) else { return [] }
        let reader = try book.openSheet(info)
        var out: [[String]] = []
        while let row = try reader.next() {
            var cells: [String] = []
            for cell in row.cells {
                while cells.count < cell.column - 1 { cells.append("") }
                cells.append(cell.value.text)
            }
            out.append(cells)
        }
        return out
    }

    /// The text of every note part.
    func notes() throws -> String {
        var text = ""
        var n = 1
        while book.archive.contains("xl/comments\(n).xml") {
            text += String(decoding: try book.archive.read("xl/comments\(n).xml"), as: UTF8.self)
            n += 1
        }
        return text
    }

    static func temporaryPath(_ name: String) -> String {
        NSTemporaryDirectory() + "\(UUID().uuidString)-\(name)"
    }
}
