import XLSXIO

/// Reads a header laid out vertically: item names down the first column, values beside them.
/// (A header laid out as a table, headings across and one row of values, is read like any
/// other table.)
enum HeaderSheet {
    /// Reads `input` as a vertical header, or returns nil (rows pushed back) when fewer than
    /// two rows start with a header item's name.
    static func readVertical(_ input: TableInput, sourceIndex: Int) throws(XLSXError)
        -> (header: Header, source: SourceTable, issues: [ReadIssue])? {
        let matcher = HeadingMatcher(table: .header)
        var rows: [Row] = []
        while rows.count < 40, let row = try input.next() { rows.append(row) }
        var found: [(row: Row, item: Item, value: Cell?)] = []
        var acrossScore = 0
        for row in rows {
            let named = row.cells.filter { cell in
                if case .string(let s) = cell.value, case .item? = matcher.role(of: s) { return true }
                return false
            }
            acrossScore = max(acrossScore, named.count)
            guard let first = row.cells.first, case .string(let s) = first.value, case .item(let item)? = matcher.role(of: s) else { continue }
            found.append((row, item, row.cells.dropFirst().first { !$0.value.isEmpty || $0.formulaWithoutValue }))
        }
        guard found.count >= 2, acrossScore < 2 else {
            input.pushBack(rows)
            return nil
        }
        var header = Header(origin: RecordOrigin(source: sourceIndex, row: found[0].row.index))
        var issues: [ReadIssue] = []
        for (row, item, cell) in found {
            guard let cell else { continue }
            if cell.formulaWithoutValue {
                issues.append(ReadIssue.formulaWithoutValue(at: input.location(row: row.index, column: cell.column)))
                continue
            }
            var value = cell.value
            if case .number(let serial) = value, item.kind == .date || item.kind == .dateTime,
               let date = input.dateSystem.dateTime(fromSerial: serial, kind: item.kind == .date ? .date : .dateTime) {
                value = .dateTime(date)
            }
            if !header.read(item, from: value) {
                issues.append(ReadIssue(kind: .unreadableValue, location: input.location(row: row.index, column: cell.column),
                                        value: cell.value.text, message: "is not \(item.kind.expectation) (\(item.heading))"))
            }
        }
        var source = SourceTable(file: input.file, sheet: input.sheet, format: input.format, table: .header, headerRow: 0)
        source.itemRows = Dictionary(found.map { ($0.item, $0.row.index) }, uniquingKeysWith: { a, _ in a })
        source.valueColumn = found.compactMap { $0.value?.column }.first ?? 2
        return (header, source, issues)
    }
}
