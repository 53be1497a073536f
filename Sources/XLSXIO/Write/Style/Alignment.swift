/// How text sits in a cell.
public struct Alignment: Hashable, Sendable {
    /// Horizontal placement.
    public enum Horizontal: String, Hashable, Sendable, CaseIterable {
        /// Text left, numbers right (Excel's default).
        case general
        /// Left.
        case left
        /// Centred.
        case center
        /// Right.
        case right
        /// Justified.
        case justify
        /// Centred across the selection.
        case centerContinuous
    }

    /// Vertical placement.
    public enum Vertical: String, Hashable, Sendable, CaseIterable {
        /// Top.
        case top
        /// Centred.
        case center
        /// Bottom (Excel's default).
        case bottom
        /// Justified.
        case justify
    }

    /// Horizontal placement.
    public var horizontal: Horizontal
    /// Vertical placement.
    public var vertical: Vertical
    /// Wrap long text onto several lines.
    public var wrapText: Bool
    /// Indent level (0–250), for left- or right-aligned text.
    public var indent: Int

    /// Creates an alignment; the defaults are Excel's.
    public init(horizontal: Horizontal = .general, vertical: Vertical = .bottom, wrapText: Bool = false, indent: Int = 0) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.wrapText = wrapText
        self.indent = indent
    }

    /// Excel's default: general, bottom, no wrap.
    public static let standard = Alignment()

    /// True for Excel's default alignment, which is written as no alignment at all.
    public var isStandard: Bool { self == Alignment.standard }
}
