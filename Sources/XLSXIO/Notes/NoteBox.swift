/// The position and size of a note's box, chosen so that its text shows without scrolling.
///
/// A workbook stores the box twice: as CSS in the VML shape's `style` (points from the sheet's
/// top-left corner) and as `<x:Anchor>` (cells plus pixel offsets). Excel and LibreOffice read
/// different ones, so both are derived from this one value and always agree.
///
/// Like a note Excel adds by hand, the box starts one column to the right of its cell, 15
/// pixels in, and 10 pixels into the row above (2 pixels into row 1 for a note on row 1).
public struct NoteBox: Hashable, Sendable {
    /// Width in points.
    public var widthPoints: Double
    /// Height in points.
    public var heightPoints: Double
    /// Distance from the sheet's left edge, in points (CSS `margin-left`).
    public var leftPoints: Double
    /// Distance from the sheet's top edge, in points (CSS `margin-top`).
    public var topPoints: Double
    /// `LeftColumn, LeftOffset, TopRow, TopOffset, RightColumn, RightOffset, BottomRow,
    /// BottomOffset`: 0-based column and row numbers with pixel offsets into them.
    public var anchor: [Int]

    /// Excel's default column width (64 pixels) in points.
    public static let defaultColumnWidthPoints = 48.0
    /// Excel's default row height (20 pixels) in points.
    public static let defaultRowHeightPoints = 15.0

    /// The smallest box, Excel's default note: 128 × 74 pixels.
    static let minimumPixels = (width: 128, height: 74)
    /// Wider than this many pixels, text wraps instead.
    static let maximumWidthPixels = 340
    /// Mean advance of a character in the notes font (Tahoma 8 pt), in pixels.
    static let characterPixels = 5.5
    /// Line height of the notes font, in pixels.
    static let linePixels = 12
    /// The text box's inner margins, both sides together, in pixels.
    static let marginPixels = (horizontal: 20, vertical: 12)

    /// Creates a box from its parts.
    public init(widthPoints: Double, heightPoints: Double, leftPoints: Double, topPoints: Double, anchor: [Int]) {
        self.widthPoints = widthPoints
        self.heightPoints = heightPoints
        self.leftPoints = leftPoints
        self.topPoints = topPoints
        self.anchor = anchor
    }

    /// A box for a note on `cell` big enough for `text`.
    ///
    /// - Parameters:
    ///   - columnWidthsInPoints: widths of columns that differ from the default, by 1-based number.
    ///   - rowHeightsInPoints: heights of rows that differ from the default, by 1-based number.
    public static func fitting(text: String, at cell: CellReference, columnWidthsInPoints: [Int: Double] = [:],
                               rowHeightsInPoints: [Int: Double] = [:]) -> NoteBox {
        let size = pixelSize(of: text)
        let columns = NoteGrid(defaultPoints: defaultColumnWidthPoints, overrides: columnWidthsInPoints, count: CellReference.maxColumn)
        let rows = NoteGrid(defaultPoints: defaultRowHeightPoints, overrides: rowHeightsInPoints, count: CellReference.maxRow)
        // Near the sheet's last column or row the box moves back so it stays on the sheet.
        let firstColumn = min(cell.column, CellReference.maxColumn - 4)
        let firstRow = cell.row == 1 ? 0 : min(cell.row - 2, CellReference.maxRow - 8)
        let dx = 15
        let dy = cell.row == 1 ? 2 : 10
        let (lastColumn, rightOffset) = columns.position(from: firstColumn, offset: dx, adding: size.width)
        let (lastRow, bottomOffset) = rows.position(from: firstRow, offset: dy, adding: size.height)
        return NoteBox(widthPoints: Double(size.width) * 0.75, heightPoints: Double(size.height) * 0.75,
                       leftPoints: Double(columns.start(of: firstColumn) + dx) * 0.75,
                       topPoints: Double(rows.start(of: firstRow) + dy) * 0.75,
                       anchor: [firstColumn, dx, firstRow, dy, lastColumn, rightOffset, lastRow, bottomOffset])
    }

    /// Pixels needed for `text`: the longest line up to the maximum width, then as many
    /// wrapped lines as that width makes; never below Excel's default box.
    static func pixelSize(of text: String) -> (width: Int, height: Int) {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(\.count)
        let widest = Int((Double(lines.max() ?? 0) * characterPixels).rounded(.up)) + marginPixels.horizontal
        let width = min(max(widest, minimumPixels.width), maximumWidthPixels)
        // Word wrapping leaves lines a little short of full, hence the 0.85.
        let perLine = max(1, Int(Double(width - marginPixels.horizontal) / characterPixels * 0.85))
        let wrapped = lines.reduce(0) { $0 + max(1, ($1 + perLine - 1) / perLine) }
        return (width, max(minimumPixels.height, wrapped * linePixels + marginPixels.vertical))
    }
}

/// Column widths or row heights in pixels: a default with a few exceptions.
struct NoteGrid {
    let defaultPixels: Int
    let overrides: [Int: Int]
    let count: Int

    /// `overrides` are keyed by 1-based number; stored 0-based.
    init(defaultPoints: Double, overrides: [Int: Double], count: Int) {
        defaultPixels = NoteGrid.pixels(defaultPoints)
        self.overrides = Dictionary(uniqueKeysWithValues: overrides.map { ($0.key - 1, NoteGrid.pixels($0.value)) })
        self.count = count
    }

    static func pixels(_ points: Double) -> Int { max(0, Int((points * 4 / 3).rounded())) }

    func size(_ i: Int) -> Int { overrides[i] ?? defaultPixels }

    /// Pixels from the sheet's edge to the start of 0-based line `i`.
    func start(of i: Int) -> Int {
        overrides.reduce(i * defaultPixels) { total, o in o.key < i ? total + o.value - defaultPixels : total }
    }

    /// The line and offset reached `distance` pixels after `offset` into line `first`.
    func position(from first: Int, offset: Int, adding distance: Int) -> (Int, Int) {
        var line = first
        var left = offset + distance
        while line < count - 1, left >= size(line) {
            left -= size(line)
            line += 1
        }
        return (line, left)
    }
}
