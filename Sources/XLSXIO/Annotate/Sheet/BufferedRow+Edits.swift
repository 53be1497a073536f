extension BufferedRow {
    /// Takes back an earlier run's changes to this row. Returns false when the row itself was
    /// created by that run and is now empty, so it is to be dropped.
    mutating func revert(cells records: [SheetRecord.Cell], row record: SheetRecord.Row?) -> Bool {
        for cell in records {
            guard let i = itemIndex(ofColumn: cell.ref.column), case .cell(var c) = items[i] else { continue }
            if cell.created, c.body.isEmpty, c.tag == BufferedRow.createdCell(cell.ref, style: cell.appliedStyle, prefix: prefix) {
                items.remove(at: i)
                continue
            }
            guard BufferedRow.attribute("s", of: c.tag) == cell.appliedStyle else { continue }
            BufferedRow.edit(&c.tag) { t, b in XMLTagEdits.restoreAttribute("s", original: cell.created ? nil : cell.originalStyle, of: t, in: b) }
            items[i] = .cell(c)
        }
        guard let record else { return true }
        if let spans = record.spans, BufferedRow.attribute("spans", of: startTag) == spans.applied {
            BufferedRow.edit(&startTag) { t, b in XMLTagEdits.setAttribute("spans", to: spans.original, of: t, in: b) }
        }
        if record.created, !selfClosing, isEmpty, startTag == BufferedRow.createdRowStart(index, prefix: prefix) {
            return false
        }
        if record.expanded, !selfClosing, isEmpty, startTag.last == UInt8(ascii: ">") {
            startTag.removeLast()
            startTag += Array("/>".utf8)
            items = []
            endTag = []
            selfClosing = true
        }
        return true
    }

    /// Highlights `targets` (all in this row, sorted by column): changes the format of cells
    /// that exist and creates those that do not, in column order.
    ///
    /// - Parameters:
    ///   - baseStyle: the format a created cell would show without sen2xl (row or column format).
    ///   - highlight: maps (original format, severity) to the highlighted format's index.
    mutating func apply(_ targets: [SheetCellTarget], baseStyle: (Int) -> Int,
                        highlight: (Int, AnnotationSeverity) -> Int, into record: inout SheetRecord) {
        guard !targets.isEmpty else { return }
        var rowRecord = SheetRecord.Row(index: index)
        for target in targets {
            let column = target.ref.column
            if let i = itemIndex(ofColumn: column), case .cell(var c) = items[i] {
                let original = BufferedRow.attribute("s", of: c.tag)
                let applied = String(highlight(original.flatMap { Int($0) } ?? 0, target.severity))
                BufferedRow.edit(&c.tag) { t, b in XMLTagEdits.setAttribute("s", to: applied, of: t, in: b) }
                items[i] = .cell(c)
                record.cells.append(SheetRecord.Cell(ref: target.ref, created: false, originalStyle: original, appliedStyle: applied))
            } else {
                let applied = String(highlight(baseStyle(column), target.severity))
                let cell = Cell(column: column, tag: BufferedRow.createdCell(target.ref, style: applied, prefix: prefix), body: [])
                let after = items.firstIndex { if case .cell(let c) = $0 { return c.column > column } else { return false } }
                items.insert(.cell(cell), at: after ?? items.count)
                record.cells.append(SheetRecord.Cell(ref: target.ref, created: true, originalStyle: nil, appliedStyle: applied))
            }
        }
        if selfClosing, startTag.count >= 2 {
            startTag.removeLast(2)
            startTag.append(UInt8(ascii: ">"))
            endTag = Array("</\(prefix)row>".utf8)
            selfClosing = false
            rowRecord.expanded = true
        }
        if let spans = BufferedRow.attribute("spans", of: startTag), let widened = BufferedRow.widen(spans: spans, toInclude: targets.map(\.ref.column)) {
            BufferedRow.edit(&startTag) { t, b in XMLTagEdits.setAttribute("spans", to: widened, of: t, in: b) }
            rowRecord.spans = ValueChange(original: spans, applied: widened)
        }
        if rowRecord.expanded || rowRecord.spans != nil { record.rows.append(rowRecord) }
    }

    /// `spans` ("1:4", or several ranges) widened to cover `columns`, or nil when it already does
    /// or cannot be read.
    static func widen(spans: String, toInclude columns: [Int]) -> String? {
        let numbers = spans.split(whereSeparator: { $0 == ":" || $0 == " " }).compactMap { Int($0) }
        guard let low = numbers.min(), let high = numbers.max(), let cmin = columns.min(), let cmax = columns.max() else { return nil }
        guard cmin < low || cmax > high else { return nil }
        return "\(min(low, cmin)):\(max(high, cmax))"
    }
}
