/// Where a note's box sits and how big it is, sized so its text fits.
///
/// The size is stored twice in a workbook, and the two must agree or Excel and LibreOffice
/// draw different boxes: once as CSS in the VML shape's `style` (points) and once as the
/// `<x:Anchor>` (cells plus pixel offsets). Both come from this one value.
///
/// The box starts, as Excel places a new note, one column right of the cell, 15 pixels in,
/// and half a row above it (10 pixels into the row above; 2 pixels into row 1 for a note on
/// row 1).
public struct NoteBox: Hashable, Sendable {
    /// The box width in points.
    public var widthPoints: Double
    /// The box height in points.
    public var heightPoints: Double
    /// The distance from the sheet's left edge to the box, in points (CSS `margin-left`).
    public var leftPoints: Double
    /// The distance from the sheet's top edge to the box, in points (CSS `margin-top`).
    public var topPoints: Double
    /// `LeftColumn, LeftOffset, TopRow, TopOffset, RightColumn, RightOffset, BottomRow,
    /// BottomOffset`: 0-based columns and rows, offsets in pixels (the `<x:Anchor>` content).
    public var anchor: [Int]

    /// Excel's default column width, 64 pixels, in points.
    public static let defaultColumnWidthPoints = 48.0
    /// Excel's default row height, 20 pixels, in points.
    public static let defaultRowHeightPoints = 15.0
    /// Excel's default note box: 128 × 74 pixels.
    static let minimumSizePixels = (width: 128, height: 74)
    /// The widest box this sizes, in pixels, before it wraps text onto more lines.
    static let maximumWidthPixels = 320
    /// Average advance of an 8-point Tahoma character, the notes font, in pixels.
    static let characterWidthPixels = 5.5
    /// Line height of 8-point Tahoma, in pixels.
    static let lineHeightPixels = 12
    /// The text box's inner margins (VML's default 0.1 inch each side, 0.05 inch top and
    /// bottom), in pixels.
    static let insetPixels = (horizontal: 20, vertical: 10)

    /// Creates a box from its parts; prefer ``fitting(text:at:columnWidthsInPoints:rowHeightsInPoints:)``.
    public init(widthPoints: Double, heightPoints: Double, leftPoints: Double, topPoints: Double, anchor: [Int]) {
        self.widthPoints = widthPoints
        self.heightPoints = heightPoints
        self.leftPoints = leftPoints
        self.topPoints = topPoints
        self.anchor = anchor
    }

    /// A box for a note on `cell` that is large enough to show `text` without scrolling.
    ///
    /// - Parameters:
    ///   - columnWidthsInPoints: widths of columns that are not the default width, by 1-based
    ///     column number.
    ///   - rowHeightsInPoints: heights of rows that are not the default height, by 1-based row
    ///     number.
    public static func fitting(text: String, at cell: CellReference, columnWidthsInPoints: [Int: Double] = [:],
                               rowHeightsInPoints: [Int: Double] = [:]) -> NoteBox {
        let (width, height) = sizeInPixels(for: text)
        let columns = Track(defaultPoints: defaultColumnWidthPoints, overrides: columnWidthsInPoints, limit: CellReference.maxColumn)
        let rows = Track(defaultPoints: defaultRowHeightPoints, overrides: rowHeightsInPoints, limit: CellReference.maxRow)
        let column0 = cell.column - 1
        let row0 = cell.row - 1
        // Keep the box on the sheet near the last column and row, as Excel does.
        let startColumn = min(column0 + 1, CellReference.maxColumn - 4)
        let startRow = row0 == 0 ? 0 : min(row0 - 1, CellReference.maxRow - 8)
        let xOffset = 15
        let yOffset = row0 == 0 ? 2 : 10
        let (endColumn, endX) = columns.advance(from: startColumn, offset: xOffset, by: width)
        let (endRow, endY) = rows.advance(from: startRow, offset: yOffset, by: height)
        return NoteBox(
            widthPoints: Double(width) * 0.75,
            heightPoints: Double(height) * 0.75,
            leftPoints: Double(columns.pixels(before: startColumn) + xOffset) * 0.75,
            topPoints: Double(rows.pixels(before: startRow) + yOffset) * 0.75,
            anchor: [startColumn, xOffset, startRow, yOffset, endColumn, endX, endRow, endY]
        )
    }

    /// The box size for `text`: wide enough for its longest line up to a limit, then tall
    /// enough for the wrapped lines; never smaller than Excel's default box.
    static func sizeInPixels(for text: String) -> (width: Int, height: Int) {
        let pieces: [Substring] = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let paragraphs = pieces.map(\.count)
        let longest = paragraphs.max() ?? 0
        let wanted = Int((Double(longest) * characterWidthPixels).rounded(.up)) + insetPixels.horizontal
        let width = min(max(wanted, minimumSizePixels.width), maximumWidthPixels)
        // Wrapping breaks at spaces, so a line holds a little less than the raw division.
        let perLine = max(1, Int(Double(width - insetPixels.horizontal) / characterWidthPixels * 0.85))
        let lines = paragraphs.reduce(0) { $0 + max(1, ($1 + perLine - 1) / perLine) }
        let height = max(minimumSizePixels.height, lines * lineHeightPixels + insetPixels.vertical)
        return (width, height)
    }

    /// Column widths or row heights in pixels, mostly the default with a few overrides.
    struct Track {
        let defaultPixels: Int
        let overrides: [Int: Int]
        let limit: Int

        init(defaultPoints: Double, overrides: [Int: Double], limit: Int) {
            defaultPixels = Track.pixels(defaultPoints)
            self.overrides = overrides.reduce(into: [:]) { $0[$1.key - 1] = Track.pixels($1.value) }
            self.limit = limit
        }

        static func pixels(_ points: Double) -> Int { max(0, Int((points * 4 / 3).rounded())) }

        /// Pixels of 0-based line `i`.
        func size(_ i: Int) -> Int { overrides[i] ?? defaultPixels }

        /// Pixels from the sheet edge to the start of 0-based line `i`.
        func pixels(before i: Int) -> Int {
            var total = i * defaultPixels
            for (k, px) in overrides where k < i { total += px - defaultPixels }
            return total
        }

        /// The line and offset reached by moving `distance` pixels from `offset` into `start`.
        func advance(from start: Int, offset: Int, by distance: Int) -> (Int, Int) {
            var line = start
            var remaining = offset + distance
            while line < limit - 1, remaining >= size(line) {
                remaining -= size(line)
                line += 1
            }
            return (line, remaining)
        }
    }
}
