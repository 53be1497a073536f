/// Helpers for `<dimension ref="A1:T200001">` and other range references.
public enum DimensionRef {
    /// The last column of a range reference (`A1:T9` → 20), or nil when it does not parse.
    public static func lastColumn(_ ref: String) -> Int? {
        let last = ref.split(separator: ":").last.map(String.init) ?? ref
        return CellReference(last)?.column
    }

    /// Parses `A1:C9` (or a single cell) into its first and last cells.
    public static func range(_ ref: String) -> (first: CellReference, last: CellReference)? {
        let parts = ref.split(separator: ":").map(String.init)
        guard let a = parts.first.flatMap(CellReference.init) else { return nil }
        let b = parts.count > 1 ? CellReference(parts[1]) : a
        guard let b else { return nil }
        return (a, b)
    }
}
