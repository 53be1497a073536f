/// A name for a range, value or formula: workbook-wide, or local to one sheet.
public struct DefinedName: Hashable, Sendable {
    /// The name (`CohortStart`, or Excel's reserved `_xlnm.…` names).
    public var name: String
    /// What it refers to, as a formula without `=` (`Data!$A$1:$A$10`, `0.98`).
    public var formula: String
    /// 0-based position of the sheet it is local to, or nil for workbook scope.
    public var sheetIndex: Int?
    /// Hidden from Excel's Name Manager.
    public var hidden: Bool

    /// Creates a defined name.
    public init(name: String, formula: String, sheetIndex: Int? = nil, hidden: Bool = false) {
        self.name = name
        self.formula = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
        self.sheetIndex = sheetIndex
        self.hidden = hidden
    }

    /// Why `name` cannot be a defined name, or nil when it can. Excel's rules: 1–255
    /// characters; a letter, `_` or `\` first; then letters, digits, `_`, `.` or `\`; and not
    /// something that reads as a cell reference (`A1`, `R1C1`, `R`, `C`).
    public static func problem(with name: String) -> String? {
        guard !name.isEmpty, name.count <= 255 else { return "a defined name must have 1 to 255 characters" }
        let scalars = Array(name.unicodeScalars)
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
        guard isLetter(scalars[0]) || scalars[0] == "_" || scalars[0] == "\\" else {
            return "a defined name must start with a letter, '_' or '\\'"
        }
        if let bad = scalars.first(where: { !(isLetter($0) || $0.properties.numericType != nil || $0 == "_" || $0 == "." || $0 == "\\") }) {
            return "a defined name cannot contain '\(bad)'"
        }
        let upper = name.uppercased()
        if CellReference(name) != nil || upper == "R" || upper == "C" || isR1C1(upper) {
            return "a defined name cannot look like a cell reference"
        }
        if upper.hasPrefix("_XLNM.") { return "names starting _xlnm. are reserved for Excel" }
        return nil
    }

    private static func isR1C1(_ s: String) -> Bool {
        let u = Array(s.utf8)
        var i = 0
        func digits() -> Bool {
            let start = i
            while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 }
            return i > start
        }
        if i < u.count, u[i] == UInt8(ascii: "R") {
            i += 1
            _ = digits()
            if i == u.count { return true }
        }
        if i < u.count, u[i] == UInt8(ascii: "C") {
            i += 1
            _ = digits()
            return i == u.count
        }
        return false
    }

    /// Names in the order Excel writes them: by name ignoring case and the `_xlnm.` prefix,
    /// then workbook scope before sheet scopes.
    static func excelOrder(_ names: [DefinedName]) -> [DefinedName] {
        func key(_ n: DefinedName) -> String {
            let lower = n.name.lowercased()
            return lower.hasPrefix("_xlnm.") ? String(lower.dropFirst(6)) : lower
        }
        return names.sorted { a, b in
            let (ka, kb) = (key(a), key(b))
            if ka != kb { return ka < kb }
            return (a.sheetIndex ?? -1) < (b.sheetIndex ?? -1)
        }
    }
}
