import Testing
import XLSXIO

/// What a fixture workbook must read as: its sheets in order and a sample of its cells.
///
/// The values come from python-calamine (an independent reader) and the sheet XML, gathered by
/// `scripts/fixtures/pin_reader_values.py`; see the generated `Pinned*Values.swift` files.
struct PinnedWorkbook: Sendable, CustomTestStringConvertible {
    /// The file under `Tests/Fixtures`, e.g. `corpus/tafia-date.xlsx`.
    var file: String
    /// Every sheet, in workbook order.
    var sheets: [PinnedSheet]
    /// Sample cells and the values they must read as.
    var cells: [PinnedCell]

    init(_ file: String, sheets: [PinnedSheet], cells: [PinnedCell]) {
        self.file = file
        self.sheets = sheets
        self.cells = cells
    }

    var testDescription: String { file }
}

/// A sheet as the workbook lists it.
struct PinnedSheet: Sendable {
    /// The tab name.
    var name: String
    /// Its visibility.
    var state: SheetInfo.State
    /// Worksheet or chart sheet.
    var kind: SheetInfo.Kind
    /// How many of its cells hold a value (style-only cells left out).
    var valueCount: Int

    init(_ name: String, _ state: SheetInfo.State, _ kind: SheetInfo.Kind, valueCount: Int) {
        self.name = name
        self.state = state
        self.kind = kind
        self.valueCount = valueCount
    }
}

/// One cell's expected value, in the tagged form of ``XLSXIO/CellValue/pinTag``, and style.
struct PinnedCell: Sendable {
    /// The sheet's name.
    var sheet: String
    /// The A1 reference.
    var reference: String
    /// The expected value, tagged (`s:…`, `n:…`, `d:…`, `empty`, …).
    var value: String
    /// The expected cell-format index.
    var style: Int

    init(_ sheet: String, _ reference: String, _ value: String, style: Int = 0) {
        self.sheet = sheet
        self.reference = reference
        self.value = value
        self.style = style
    }
}

/// A fixture the reader must refuse, and the error code it must refuse it with.
struct PinnedRejection: Sendable, CustomTestStringConvertible {
    /// The file under `Tests/Fixtures`.
    var file: String
    /// The expected error code.
    var code: XLSXError.Code

    init(_ file: String, _ code: XLSXError.Code) {
        self.file = file
        self.code = code
    }

    var testDescription: String { "\(file) → \(code)" }
}
