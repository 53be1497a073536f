/// Everything about how a cell looks, as a value.
///
/// Styles are compared by value: two equal styles become one entry in the workbook's style
/// table however many cells use them.
///
///     let header = CellStyle(font: .bold, fill: .solid(.lightGrey), border: .box(.thin))
///     let when = CellStyle(numberFormat: .ukDate)
public struct CellStyle: Hashable, Sendable {
    /// The number format.
    public var numberFormat: NumberFormat
    /// The font.
    public var font: Font
    /// The background, or none.
    public var fill: Fill?
    /// The lines around the cell.
    public var border: Border
    /// Text placement and wrapping.
    public var alignment: Alignment
    /// Locked and hidden flags.
    public var protection: Protection

    /// Creates a style; every part defaults to Excel's default.
    public init(numberFormat: NumberFormat = .general, font: Font = .standard, fill: Fill? = nil,
                border: Border = .none, alignment: Alignment = .standard, protection: Protection = .standard) {
        self.numberFormat = numberFormat
        self.font = font
        self.fill = fill
        self.border = border
        self.alignment = alignment
        self.protection = protection
    }

    /// Excel's default style.
    public static let standard = CellStyle()
    /// Bold text.
    public static let bold = CellStyle(font: .bold)
    /// Blue underlined text, as Excel shows a hyperlink.
    public static let hyperlink = CellStyle(font: .hyperlink)

    /// A copy with a different number format.
    public func with(numberFormat: NumberFormat) -> CellStyle {
        var copy = self
        copy.numberFormat = numberFormat
        return copy
    }
}

/// A style registered in a workbook, as cells refer to it. Get one from
/// ``WorkbookWriter/style(_:)``; writing with a ``StyleID`` skips the lookup that writing with
/// a ``CellStyle`` does for each cell.
public struct StyleID: Hashable, Sendable {
    /// The `cellXfs` index.
    let index: Int

    /// The default style.
    public static let standard = StyleID(index: 0)
}
