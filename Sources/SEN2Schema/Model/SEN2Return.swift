/// A whole return: the header and every person, with the sources it was read from.
public struct SEN2Return: Hashable, Sendable {
    /// The header.
    public var header: Header
    /// The people, in source order.
    public var persons: [Person]
    /// The sources the records came from; ``RecordOrigin/source`` indexes this list.
    public var sources: [SourceTable]

    /// Creates a return.
    public init(header: Header = Header(), persons: [Person] = [], sources: [SourceTable] = []) {
        self.header = header
        self.persons = persons
        self.sources = sources
    }

    /// Where `item` of the record from `origin` is: the item's own cell when its column was
    /// read, otherwise the record's ID cell, otherwise the row. Nil for records made in code.
    public func location(of origin: RecordOrigin, item: Item? = nil) -> SourceLocation? {
        guard origin.source >= 0, Int(origin.source) < sources.count else { return nil }
        let source = sources[Int(origin.source)]
        let row = origin.row > 0 ? Int(origin.row) : nil
        switch source.format {
        case .xml:
            return SourceLocation(file: source.file, row: row, element: item?.element)
        case .sheet, .csv:
            if let item, let itemRow = source.itemRows[item] {
                return SourceLocation(file: source.file, sheet: source.sheet, row: itemRow, column: source.valueColumn)
            }
            let column = item.flatMap { source.columns[$0] } ?? source.idColumn
            return SourceLocation(file: source.file, sheet: source.sheet, row: row, column: column)
        }
    }
}
