/// A cell font. The default is Excel's: Calibri 11, black, regular.
public struct Font: Hashable, Sendable {
    /// The typeface name.
    public var name: String
    /// The size in points.
    public var size: Double
    /// Bold.
    public var bold: Bool
    /// Italic.
    public var italic: Bool
    /// Single underline.
    public var underline: Bool
    /// Strike-through.
    public var strikethrough: Bool
    /// The text colour; nil is the automatic colour (black).
    public var color: Color?

    /// Creates a font.
    public init(name: String = "Calibri", size: Double = 11, bold: Bool = false, italic: Bool = false,
                underline: Bool = false, strikethrough: Bool = false, color: Color? = nil) {
        self.name = name
        self.size = size
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.strikethrough = strikethrough
        self.color = color
    }

    /// The workbook default font.
    public static let standard = Font()
    /// The default font, bold.
    public static let bold = Font(bold: true)
    /// Blue and underlined, as Excel shows hyperlinks.
    public static let hyperlink = Font(underline: true, color: .hyperlinkBlue)
}
