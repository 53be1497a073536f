/// A cell's protection flags. They take effect only on a protected sheet
/// (``SheetWriter/protect()``).
public struct Protection: Hashable, Sendable {
    /// The cell cannot be edited (Excel's default).
    public var locked: Bool
    /// The cell's formula is hidden from the formula bar.
    public var hidden: Bool

    /// Creates protection flags; the defaults are Excel's.
    public init(locked: Bool = true, hidden: Bool = false) {
        self.locked = locked
        self.hidden = hidden
    }

    /// Locked, formula shown: Excel's default.
    public static let standard = Protection()
    /// Editable on a protected sheet: the cells a team fills in.
    public static let unlocked = Protection(locked: false)
}
