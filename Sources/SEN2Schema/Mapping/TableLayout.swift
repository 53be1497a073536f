import XLSXIO

/// How one input's columns map onto a table: the heading row and each column's role.
struct TableLayout {
    /// The table.
    let table: Table
    /// The 1-based row holding the headings.
    let headerRow: Int
    /// The role of each column, indexed by column − 1.
    let roles: [ColumnRole?]
    /// The headings that were not recognised, with their columns.
    let unknown: [(column: Int, heading: String)]
    /// Every heading by column.
    let headings: [Int: String]
    /// Columns whose heading names an item another column already holds: `column` is not
    /// read, `kept` is; `empty` when the column was passed over for having no values.
    let repeated: [(column: Int, kept: Int, heading: String, empty: Bool)]

    /// How far down a sheet to look for the heading row (title rows may come first).
    static let searchDepth = 12

    /// Finds the heading row among the first rows of `input`: the one whose cells name most
    /// columns of `table`. The rows after it are pushed back for reading.
    ///
    /// - Parameter overrides: headings the mapping file assigns, by match key.
    static func detect(table: Table, in input: TableInput, overrides: [String: ColumnRole], headerRow fixedRow: Int?)
        throws(XLSXError) -> TableLayout? {
        let matcher = HeadingMatcher(table: table)
        var seen: [Row] = []
        var best: (row: Row, score: Int)?
        while seen.count < searchDepth, let row = try input.next() {
            seen.append(row)
            if let fixedRow {
                if row.index == fixedRow { best = (row, 1); break }
                continue
            }
            let score = row.cells.reduce(0) { n, cell in
                guard case .string(let s) = cell.value else { return n }
                let role = overrides[CodeText.matchKey(s)] ?? matcher.role(of: s)
                return role == nil || role == .ignored ? n : n + 1
            }
            if score > 0, score > (best?.score ?? 0) { best = (row, score) }
        }
        guard let header = best?.row else {
            input.pushBack(seen)
            return nil
        }
        let sample = seen.filter { $0.index > header.index }
        input.pushBack(sample)
        var roles: [ColumnRole?] = []
        var repeated: [(column: Int, kept: Int, heading: String, empty: Bool)] = []
        var unknown: [(Int, String)] = []
        var headings: [Int: String] = [:]
        for cell in header.cells {
            let heading = cell.value.text.trimmingSpaces
            guard !heading.isEmpty else { continue }
            headings[cell.column] = heading
            let role = overrides[CodeText.matchKey(heading)] ?? matcher.role(of: heading)
            if role == nil { unknown.append((cell.column, heading)) }
            if roles.count < cell.column { roles.append(contentsOf: repeatElement(nil, count: cell.column - roles.count)) }
            // One column per item. The first keeps it, unless the rows already buffered show
            // it empty and this one filled (a leftover column inserted to the left); the
            // column passed over is reported, never read silently as something else.
            if let role, case .item(let item) = role, let first = roles.firstIndex(of: .item(item)).map({ $0 + 1 }) {
                if !hasValues(column: first, in: sample), hasValues(column: cell.column, in: sample) {
                    roles[first - 1] = nil
                    roles[cell.column - 1] = role
                    repeated.append((first, cell.column, heading, true))
                } else {
                    repeated.append((cell.column, first, heading, false))
                }
                continue
            }
            roles[cell.column - 1] = role
        }
        return TableLayout(table: table, headerRow: header.index, roles: roles, unknown: unknown, headings: headings, repeated: repeated)
    }

    /// True when any of `rows` has a non-blank value in `column`.
    private static func hasValues(column: Int, in rows: [Row]) -> Bool {
        rows.contains { row in row.cells.contains { $0.column == column && !$0.value.text.trimmingSpaces.isEmpty } }
    }

    /// The column of each item.
    var itemColumns: [Item: Int] {
        var columns: [Item: Int] = [:]
        for (i, role) in roles.enumerated() { if case .item(let item)? = role { columns[item] = i + 1 } }
        return columns
    }

    /// The column of the record's own ID.
    var idColumn: Int? { roles.firstIndex(of: .ownID).map { $0 + 1 } }

    /// The column of the parent's ID and the table it refers to. Where several ancestors'
    /// IDs are present the nearest one wins.
    var parentColumn: (column: Int, table: Table)? {
        var ancestor = table.parent
        while let parent = ancestor {
            if let i = roles.firstIndex(of: .parentID(parent)) { return (i + 1, parent) }
            ancestor = parent.parent
        }
        return nil
    }
}
