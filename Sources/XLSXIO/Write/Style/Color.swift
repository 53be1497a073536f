/// An opaque RGB colour, as styles, tab colours and fills use it.
public struct Color: Hashable, Sendable, CustomStringConvertible {
    /// Red, green and blue, `0xRRGGBB`.
    public var rgb: UInt32

    /// Creates a colour from `0xRRGGBB`.
    public init(rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }

    /// Parses `#RRGGBB`, `RRGGBB` or `AARRGGBB` (the alpha byte is ignored, as Excel does);
    /// nil for anything else.
    public init?(hex text: String) {
        var digits = Substring(text)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.count == 6 || digits.count == 8, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(rgb: value)
    }

    /// `FFRRGGBB`, the ARGB form written in `rgb` attributes.
    public var argbHex: String {
        let hex = String(rgb, radix: 16, uppercase: true)
        return "FF" + String(repeating: "0", count: 6 - hex.count) + hex
    }

    /// `#RRGGBB`, the form VML and CSS use.
    public var cssHex: String { "#" + argbHex.dropFirst(2).lowercased() }

    /// `#rrggbb`.
    public var description: String { cssHex }

    /// Black.
    public static let black = Color(rgb: 0x000000)
    /// White.
    public static let white = Color(rgb: 0xFFFFFF)
    /// Red.
    public static let red = Color(rgb: 0xFF0000)
    /// The blue Excel uses for hyperlinks.
    public static let hyperlinkBlue = Color(rgb: 0x0563C1)
    /// Excel's "Bad" cell fill (light red).
    public static let lightRed = Color(rgb: 0xFFC7CE)
    /// Excel's "Neutral" cell fill (light yellow).
    public static let lightYellow = Color(rgb: 0xFFEB9C)
    /// Excel's "Good" cell fill (light green).
    public static let lightGreen = Color(rgb: 0xC6EFCE)
    /// A light grey for header rows.
    public static let lightGrey = Color(rgb: 0xD9D9D9)
}
