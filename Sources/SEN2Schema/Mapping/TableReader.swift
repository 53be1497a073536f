import XLSXIO

/// A record read from a table row, with the IDs that link it to others.
struct KeyedRecord<Record: ItemRecord>: Sendable {
    var record: Record
    /// The record's own ID, if the table has an ID column and the row fills it.
    var ownKey: String?
    /// The parent's ID, if the table has a parent column and the row fills it.
    var parentKey: String?
}

/// Reads the data rows of one table into records, reporting every value it cannot read.
struct TableReader {
    let layout: TableLayout
    let input: TableInput
    let sourceIndex: Int
    /// Local value → code maps from the mapping file, keyed by lower-cased trimmed text.
    let valueMaps: [Item: [String: String]]

    /// Reads every remaining row of the input.
    func read<Record: ItemRecord>(_ make: (RecordOrigin) -> Record, report: inout ReadReport)
        throws(XLSXError) -> [KeyedRecord<Record>] {
        var records: [KeyedRecord<Record>] = []
        let kinds: [ValueKind?] = layout.roles.map { role in
            if case .item(let item)? = role { return item.kind }
            return nil
        }
        while let row = try input.next() {
            var record = make(RecordOrigin(source: sourceIndex, row: row.index))
            var ownKey: String?
            var parentKey: String?
            var hasValue = false
            for cell in row.cells {
                let position = cell.column - 1
                guard position < layout.roles.count, let role = layout.roles[position] else { continue }
                if cell.formulaWithoutValue {
                    // Blank to a reader, but not to whoever filled it: say so rather than lose it.
                    report.issues.append(ReadIssue.formulaWithoutValue(at: self.input.location(row: row.index, column: cell.column)))
                    continue
                }
                guard !cell.value.isEmpty else { continue }
                switch role {
                case .item(let item):
                    let input = prepared(cell.value, item: item, kind: kinds[position])
                    if case .string(let s) = input, s.trimmingSpaces.isEmpty { continue }
                    hasValue = true
                    if !record.read(item, from: input) {
                        report.issues.append(ReadIssue(
                            kind: .unreadableValue, location: self.input.location(row: row.index, column: cell.column),
                            value: cell.value.text, message: "is not \(item.kind.expectation) (\(item.heading), \(item.element))"))
                    }
                case .ownID:
                    ownKey = TableReader.key(cell.value)
                case .parentID:
                    parentKey = TableReader.key(cell.value)
                case .ignored:
                    break
                }
            }
            guard hasValue || ownKey != nil || parentKey != nil else { continue }
            records.append(KeyedRecord(record: record, ownKey: ownKey, parentKey: parentKey))
        }
        return records
    }

    /// Applies the mapping's value map, and turns serial numbers in date columns into dates.
    private func prepared(_ value: CellValue, item: Item, kind: ValueKind?) -> CellValue {
        if let map = valueMaps[item], let code = map[value.text.trimmingSpaces.lowercased()] {
            return .string(code)
        }
        if case .number(let serial) = value, kind == .date || kind == .dateTime {
            let kind: ExcelDateTime.Kind = kind == .date ? .date : .dateTime
            if serial >= 1, let date = input.dateSystem.dateTime(fromSerial: serial, kind: kind) { return .dateTime(date) }
        }
        return value
    }

    /// An ID cell's text: whole numbers without a decimal point, surrounding spaces removed.
    static func key(_ value: CellValue) -> String? {
        let text = value.text.trimmingSpaces
        return text.isEmpty ? nil : text
    }
}
