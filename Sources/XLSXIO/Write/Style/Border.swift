/// The lines around a cell.
public struct Border: Hashable, Sendable {
    /// The weight and pattern of one edge.
    public enum LineStyle: String, Hashable, Sendable, CaseIterable {
        /// A thin solid line.
        case thin
        /// A medium solid line.
        case medium
        /// A thick solid line.
        case thick
        /// A thin dashed line.
        case dashed
        /// A thin dotted line.
        case dotted
        /// Two thin lines.
        case double
        /// A hairline.
        case hair
    }

    /// One edge: a line style and a colour (nil is automatic, black).
    public struct Edge: Hashable, Sendable {
        /// The line.
        public var style: LineStyle
        /// The colour; nil is automatic.
        public var color: Color?

        /// Creates an edge.
        public init(_ style: LineStyle, color: Color? = nil) {
            self.style = style
            self.color = color
        }
    }

    /// The left edge, or none.
    public var left: Edge?
    /// The right edge, or none.
    public var right: Edge?
    /// The top edge, or none.
    public var top: Edge?
    /// The bottom edge, or none.
    public var bottom: Edge?

    /// Creates a border from its edges.
    public init(left: Edge? = nil, right: Edge? = nil, top: Edge? = nil, bottom: Edge? = nil) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
    }

    /// The same edge on all four sides.
    public static func box(_ style: LineStyle, color: Color? = nil) -> Border {
        let edge = Edge(style, color: color)
        return Border(left: edge, right: edge, top: edge, bottom: edge)
    }

    /// No lines.
    public static let none = Border()

    /// True when no edge has a line.
    public var isEmpty: Bool { left == nil && right == nil && top == nil && bottom == nil }
}
