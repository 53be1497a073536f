import Foundation
@testable import XLSXIO

/// A ``ScratchFolder`` that removes itself when the test is done with it.
final class WriterScratch {
    private let folder: ScratchFolder

    init() throws { folder = try ScratchFolder() }

    deinit { folder.remove() }

    /// The folder's path.
    var path: String { folder.path }

    /// A path in the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// Names in the folder, hidden temporary files included.
    func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }
}

/// Reading back what the writer wrote.
enum WrittenWorkbook {
    /// A part's XML, parsed.
    static func part(_ path: String, _ name: String) throws -> XMLTreeElement {
        let archive = try ZipArchive(path: path)
        return try XMLTreeElement.parse(bytes: try archive.read(name), part: name)
    }

    /// A part's text.
    static func text(_ path: String, _ name: String) throws -> String {
        String(decoding: try ZipArchive(path: path).read(name), as: UTF8.self)
    }

    /// Every non-empty cell of a sheet, by reference.
    static func cells(_ path: String, sheet: String? = nil) throws -> [CellReference: CellValue] {
        let book = try Workbook(path: path)
        let info = try book.sheet(matchingOrFirst: sheet)
        let reader = try book.openSheet(info)
        var cells: [CellReference: CellValue] = [:]
        while let row = try reader.next() {
            for cell in row.cells where !cell.value.isEmpty { cells[CellReference(row: row.index, column: cell.column)] = cell.value }
        }
        return cells
    }

    /// Every cell's style index, by reference (empty styled cells included).
    static func styles(_ path: String, sheet: String? = nil) throws -> [CellReference: Int] {
        let book = try Workbook(path: path)
        let reader = try book.openSheet(try book.sheet(matchingOrFirst: sheet))
        var styles: [CellReference: Int] = [:]
        while let row = try reader.next() {
            for cell in row.cells { styles[CellReference(row: row.index, column: cell.column)] = cell.style }
        }
        return styles
    }

    /// `element` with the white space around every text trimmed, for comparing pretty-printed
    /// parts (as Excel writes VML) with compact ones.
    static func trimmed(_ element: XMLTreeElement) -> XMLTreeElement {
        var copy = element
        copy.text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
        copy.children = element.children.map(trimmed)
        return copy
    }

    /// The local names of an element's children, in order.
    static func childNames(_ element: XMLTreeElement) -> [String] { element.children.map(\.name) }

    /// Writes a one-sheet workbook through `body` and returns its path.
    static func make(in scratch: WriterScratch, name: String = "out.xlsx", options: WorkbookWriter.Options = .init(),
                     _ body: (WorkbookWriter, SheetWriter) throws -> Void) throws -> String {
        let path = scratch.file(name)
        let book = try WorkbookWriter(path: path, options: options)
        let sheet = try book.addSheet(named: "Data")
        try body(book, sheet)
        try book.finish()
        return path
    }
}

/// The zip records of a file, read directly from its bytes so that the tests see exactly what
/// Excel sees: version needed, extra fields, Zip64 records.
struct ZipRecords {
    /// One local file header.
    struct LocalHeader {
        var name: String
        var versionNeeded: Int
        var extraLength: Int
        var flags: Int
        var method: Int
        var dosTime: Int
        var dosDate: Int
    }

    var localHeaders: [LocalHeader] = []
    var hasZip64EndRecord = false

    init(path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        var i = 0
        while i + 30 <= bytes.count, u32(i) == 0x0403_4B50 {
            let nameLength = u16(i + 26)
            let extra = u16(i + 28)
            let name = String(decoding: bytes[(i + 30)..<(i + 30 + nameLength)], as: UTF8.self)
            localHeaders.append(LocalHeader(name: name, versionNeeded: u16(i + 4), extraLength: extra, flags: u16(i + 6),
                                            method: u16(i + 8), dosTime: u16(i + 10), dosDate: u16(i + 12)))
            let compressed = u32(i + 18)
            // libzip writes to a seekable file, so sizes are in the header (no data descriptor,
            // flag bit 3); the tests assert that, which keeps this walk exact.
            i += 30 + nameLength + extra + compressed
        }
        // A Zip64 end-of-central-directory locator sits right before the classic end record.
        let end = bytes.count - 22
        hasZip64EndRecord = end >= 20 && u32(end) == 0x0605_4B50 && u32(end - 20) == 0x0706_4B50
    }
}
