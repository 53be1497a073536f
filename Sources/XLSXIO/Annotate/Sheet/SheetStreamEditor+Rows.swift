extension SheetStreamEditor {
    /// A row starts. Rows sen2xl has nothing to do with pass straight through; the others (and
    /// rows without `r`, whose position is known only from their cells) are captured.
    func openRow(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        guard capture == nil else { throw malformed("a row inside a row") }
        let explicit = XMLByteScanner.attribute("r", of: t, in: b).flatMap { a -> Int? in
            guard let r = NumberParsing.integer(UnsafeBufferPointer(rebasing: b[a.valueStart..<a.valueEnd])),
                  r >= 1, r <= CellReference.maxRow else { return nil }
            return r
        }
        if let r = explicit, !interestingRows.contains(r) {
            if nextTargetRow < targetRows.count, targetRows[nextTargetRow].row < r {
                insert(createdRows(before: r), before: t, b)
            }
            lastRowIndex = r
            return
        }
        passThrough(upTo: t.start, b)
        rowBytes.removeAll(keepingCapacity: true)
        rowBytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[t.start..<t.end]))
        copyFrom = t.end
        capture = RowCapture(explicitIndex: explicit, firstCellRow: nil, selfClosing: t.kind == .emptyElementTag,
                             tagEnd: rowBytes.count, prefix: XMLByteScanner.string(b, t.nameStart, t.localNameStart))
        if t.kind == .emptyElementTag { try finishRow(endTagStart: rowBytes.count) }
    }

    func openCell(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) {
        passThrough(upTo: t.start, b)
        let start = rowBytes.count
        rowBytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[t.start..<t.end]))
        copyFrom = t.end
        var column = (capture?.lastColumn ?? 0) + 1
        if let a = XMLByteScanner.attribute("r", of: t, in: b),
           let ref = CellReference.parse(UnsafeBufferPointer(rebasing: b[a.valueStart..<a.valueEnd])) {
            column = ref.column
            if capture?.cells.isEmpty == true { capture?.firstCellRow = ref.row }
        }
        capture?.lastColumn = column
        let closed = t.kind == .emptyElementTag
        capture?.cells.append((start: start, tagEnd: rowBytes.count, end: closed ? rowBytes.count : -1, column: column))
        capture?.openCell = !closed
    }

    func closeCell(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) {
        guard let count = capture?.cells.count, count > 0, capture?.openCell == true else { return }
        passThrough(upTo: t.end, b)
        capture?.cells[count - 1].end = rowBytes.count
        capture?.openCell = false
    }

    func closeRow(_ t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        passThrough(upTo: t.start, b)
        let endTagStart = rowBytes.count
        rowBytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[t.start..<t.end]))
        copyFrom = t.end
        try finishRow(endTagStart: endTagStart)
    }

    /// Edits the captured row and writes it out, after any rows sen2xl creates before it.
    private func finishRow(endTagStart: Int) throws(XLSXError) {
        guard let c = capture else { return }
        capture = nil
        let index = c.explicitIndex ?? c.firstCellRow ?? lastRowIndex + 1
        lastRowIndex = index
        out += createdRows(before: index)
        guard interestingRows.contains(index) else {
            out += rowBytes
            return
        }
        var items: [BufferedRow.Item] = []
        var reached = c.tagEnd
        for cell in c.cells {
            guard cell.end >= 0 else { throw malformed("a cell in row \(index) is never closed") }
            items.append(.raw(Array(rowBytes[reached..<cell.start])))
            items.append(.cell(BufferedRow.Cell(column: cell.column, tag: Array(rowBytes[cell.start..<cell.tagEnd]),
                                                body: Array(rowBytes[cell.tagEnd..<cell.end]))))
            reached = cell.end
        }
        items.append(.raw(Array(rowBytes[reached..<endTagStart])))
        items.removeAll { if case .raw(let r) = $0 { return r.isEmpty } else { return false } }
        var row = BufferedRow(index: index, startTag: Array(rowBytes[0..<c.tagEnd]), selfClosing: c.selfClosing,
                              items: items, endTag: Array(rowBytes[endTagStart...]), prefix: c.prefix)
        var keep = true
        if plan.revert != nil {
            keep = row.revert(cells: revertCells[index] ?? [], row: revertRows[index])
        }
        var targets: [SheetCellTarget] = []
        if nextTargetRow < targetRows.count, targetRows[nextTargetRow].row == index {
            targets = targetRows[nextTargetRow].targets
            nextTargetRow += 1
        }
        guard keep else {
            modified = true
            if !targets.isEmpty { out += createdRow(index, targets) }
            return
        }
        let rowStyle = BufferedRow.rowStyle(of: row.startTag)
        row.apply(targets, baseStyle: { [columnStyles] column in
            rowStyle ?? SheetStreamEditor.style(ofColumn: column, in: columnStyles)
        }, highlight: highlight, into: &record)
        let bytes = row.serialized()
        if bytes != rowBytes { modified = true }
        out += bytes
    }

    /// The rows sen2xl creates (for highlighted cells in rows that do not exist) that come
    /// before row `limit`.
    func createdRows(before limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        while nextTargetRow < targetRows.count, targetRows[nextTargetRow].row < limit {
            let (row, targets) = targetRows[nextTargetRow]
            bytes += createdRow(row, targets)
            nextTargetRow += 1
        }
        if !bytes.isEmpty { modified = true }
        return bytes
    }

    private func createdRow(_ index: Int, _ targets: [SheetCellTarget]) -> [UInt8] {
        var bytes = BufferedRow.createdRowStart(index, prefix: sheetDataPrefix)
        for target in targets {
            let style = String(highlight(SheetStreamEditor.style(ofColumn: target.ref.column, in: columnStyles), target.severity))
            bytes += BufferedRow.createdCell(target.ref, style: style, prefix: sheetDataPrefix)
            record.cells.append(SheetRecord.Cell(ref: target.ref, created: true, originalStyle: nil, appliedStyle: style))
        }
        bytes += Array("</\(sheetDataPrefix)row>".utf8)
        record.rows.append(SheetRecord.Row(index: index, created: true))
        return bytes
    }

    /// The format `<cols>` gives `column`, or 0.
    static func style(ofColumn column: Int, in columns: [(min: Int, max: Int, style: Int)]) -> Int {
        columns.first { $0.min <= column && column <= $0.max }?.style ?? 0
    }
}

extension BufferedRow {
    /// The row's own format, which empty cells in it show, when the row has `customFormat`.
    static func rowStyle(of startTag: [UInt8]) -> Int? {
        guard let custom = attribute("customFormat", of: startTag), custom == "1" || custom == "true" else { return nil }
        return attribute("s", of: startTag).flatMap { Int($0) }
    }
}
