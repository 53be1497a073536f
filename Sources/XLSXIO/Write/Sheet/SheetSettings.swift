/// Everything about a sheet other than its rows, collected while rows stream and written
/// into the sheet's head and tail when the workbook is finished.
struct SheetSettings {
    /// A column's width (in characters, as Excel's column-width box shows it) and visibility.
    struct Column: Hashable {
        var width: Double?
        var hidden = false
    }

    /// A note waiting to be written.
    struct Note: Hashable {
        var cell: CellReference
        var text: String
        var author: String
        var visible: Bool
    }

    /// Custom row heights are remembered for placing note boxes; past this many, boxes are
    /// placed as if later rows had the default height (only the drawing position is affected).
    static let rememberedRowHeights = 65_536

    var columns: [Int: Column] = [:]
    var frozenRows = 0
    var frozenColumns = 0
    var autoFilter: CellRange?
    var state: SheetInfo.State = .visible
    var tabColor: Color?
    var merges: [CellRange] = []
    var hyperlinks: [Hyperlink] = []
    var validations: [DataValidation] = []
    var notes: [Note] = []
    var isProtected = false
    var rowHeights: [Int: Double] = [:]

    /// Column widths in points, by 1-based column, for sizing note boxes.
    var columnWidthsInPoints: [Int: Double] {
        columns.reduce(into: [:]) { result, entry in
            if entry.value.hidden { result[entry.key] = 0 } else if let w = entry.value.width {
                result[entry.key] = Double(ColumnWidth.pixels(forCharacters: w)) * 0.75
            }
        }
    }
}

/// Excel's conversions between a column width in characters (what the user types) and
/// pixels and the stored `width` attribute, for Calibri 11 (7-pixel digits, 5 pixels padding).
enum ColumnWidth {
    /// Pixels for a width in characters.
    static func pixels(forCharacters width: Double) -> Int {
        width < 1 ? Int((width * 12).rounded()) : Int((width * 7).rounded()) + 5
    }

    /// The `width` attribute Excel stores for a width in characters (which includes padding,
    /// so that Excel's column-width box shows `width` again).
    static func stored(forCharacters width: Double) -> Double {
        let px = Double(pixels(forCharacters: width))
        return (px / 7 * 256).rounded(.down) / 256
    }
}
