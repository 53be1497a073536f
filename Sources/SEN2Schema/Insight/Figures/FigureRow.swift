/// One line of the summary's tables: a figure this year, last year and in context.
public struct FigureRow: Sendable {
    /// The kind of figure.
    public enum Kind: Hashable, Sendable {
        /// A count of records or persons.
        case count
        /// A percentage (change in points).
        case percent
    }

    /// The table the row belongs to ("Caseload", "Age band" …).
    public var section: String
    /// The breakdown, for caseload rows.
    public var dimension: CaseloadDimension?
    /// The figure's or category's key (`requests`, `ASD` …).
    public var key: String
    /// The readable name.
    public var label: String
    /// Count or percentage.
    public var kind: Kind
    /// This year's value (nil for a percentage of nothing).
    public var current: Double?
    /// Last year's value, when a previous return was given.
    public var previous: Double?
    /// The share of the caseload, in percent (breakdown rows).
    public var share: Double?
    /// Last year's share.
    public var previousShare: Double?
    /// England's share or rate, when published.
    public var england: Double?
    /// London's share or rate, when published.
    public var london: Double?

    /// The change from last year (points for percentages).
    public var change: Double? {
        guard let current, let previous else { return nil }
        return current - previous
    }

    /// The change in percent of last year's count (counts only).
    public var changePercent: Double? {
        guard kind == .count, let current, let previous, previous > 0 else { return nil }
        return (current - previous) * 100 / previous
    }
}
