import XLSXIO

/// Recognises which table a sheet or file holds from its headings, when its name does not
/// say: the table whose headings name most of its columns, if at least two. The rows read
/// are pushed back, so the input can then be read from its start.
enum TableGuesser {
    static func table(of input: TableInput) throws(XLSXError) -> Table? {
        var best: (table: Table, score: Int)?
        var rows: [Row] = []
        while rows.count < TableLayout.searchDepth, let row = try input.next() { rows.append(row) }
        for table in Table.allCases {
            let matcher = HeadingMatcher(table: table)
            for row in rows {
                var score = 0
                for cell in row.cells {
                    guard case .string(let s) = cell.value, let role = matcher.role(of: s), role != .ignored else { continue }
                    // Items weigh more than IDs, which many tables share.
                    if case .item = role { score += 2 } else if role == .ownID { score += 1 }
                }
                if score >= 4, score > (best?.score ?? 0) { best = (table, score) }
            }
        }
        input.pushBack(rows)
        return best?.table
    }
}
