/// A cell background: a solid colour.
public struct Fill: Hashable, Sendable {
    /// The background colour.
    public var color: Color

    /// A solid fill of `color`.
    public init(color: Color) { self.color = color }

    /// A solid fill of `color`.
    public static func solid(_ color: Color) -> Fill { Fill(color: color) }
}
