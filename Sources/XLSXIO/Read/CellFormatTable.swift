/// For each cell format (`cellXfs` entry, the `s` attribute of a cell), what its number
/// format makes of a number: plain, date, time, date-time or duration.
public struct CellFormatTable: Sendable, Hashable {
    /// Kinds indexed by cell-format index.
    public var kinds: [NumberFormatKind]
    /// Number format id per cell-format index.
    public var numberFormatIDs: [Int]
    /// Custom number format codes by id.
    public var customFormats: [Int: String]

    /// A table with no formats (every number is plain).
    public init() {
        kinds = []
        numberFormatIDs = []
        customFormats = [:]
    }

    /// The kind for style index `s`; out-of-range indexes are treated as General.
    @inline(__always)
    public func kind(forStyle s: Int) -> NumberFormatKind {
        s >= 0 && s < kinds.count ? kinds[s] : .number
    }

    /// The number format code for style `s` (a custom code, or `"builtin:N"`).
    public func formatCode(forStyle s: Int) -> String? {
        guard s >= 0 && s < numberFormatIDs.count else { return nil }
        let id = numberFormatIDs[s]
        return customFormats[id] ?? "builtin:\(id)"
    }

    /// Builds the table from a parsed `styles.xml`.
    public init(styles root: XMLTreeElement) {
        var custom: [Int: String] = [:]
        for f in root.child("numFmts")?.children("numFmt") ?? [] {
            if let id = f.attribute("numFmtId").flatMap({ Int($0) }), let code = f.attribute("formatCode") {
                custom[id] = code
            }
        }
        var ids: [Int] = []
        var kinds: [NumberFormatKind] = []
        for xf in root.child("cellXfs")?.children("xf") ?? [] {
            let id = xf.attribute("numFmtId").flatMap { Int($0) } ?? 0
            ids.append(id)
            if let code = custom[id] {
                kinds.append(NumberFormatKind.classify(formatCode: code))
            } else {
                kinds.append(NumberFormatKind.builtIn(id))
            }
        }
        self.kinds = kinds
        self.numberFormatIDs = ids
        self.customFormats = custom
    }
}
