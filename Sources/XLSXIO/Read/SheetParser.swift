/// The type a `<c t="…">` attribute declares.
enum RawCellType: UInt8 {
    case number, sharedString, formulaString, inlineString, boolean, error, isoDate
}

/// A cell as parsed, before conversion: its text lives in ``SheetParser/text``.
struct RawCell {
    var column: Int32
    var style: Int32
    var type: RawCellType
    var hasValue: Bool
    var textStart: Int32
    var textEnd: Int32
    /// The cell has an `<f>` formula element.
    var hasFormula = false
}

/// A parsed row: a run of ``RawCell``s in ``SheetParser/cells``.
struct RawRow {
    var index: Int
    var cellStart: Int
    var cellEnd: Int
}

/// SAX handler for a worksheet: turns `<row>`/`<c>` events into flat buffers of raw cells,
/// with no allocation per cell. Rows accumulate until the reader consumes them.
final class SheetParser: XMLEventHandler {
    var cells: [RawCell] = []
    var text: [UInt8] = []
    var rows: [RawRow] = []
    var scratch: [UInt8] = []

    // Parse state.
    var inSheetData = false
    var inRow = false
    var rowIndex = 0
    var rowHasExplicitIndex = false
    var rowCellStart = 0
    var rowTextStart = 0
    var lastRowIndex = 0
    /// The number the next row must exceed. A row whose `r` is present but not a row number
    /// (`r="0"`, as an Apache POI test file writes) is numbered after the row before but does
    /// not raise this, so the correctly numbered row that follows it is still accepted.
    var orderFloor = 0
    var rowHasInvalidIndex = false
    var lastColumn = 0
    /// True when a cell of the current row went back a column: the row is sorted when it ends.
    var rowNeedsSort = false
    var inCell = false
    var current = RawCell(column: 0, style: 0, type: .number, hasValue: false, textStart: 0, textEnd: 0)
    var collecting = false
    var inInline = false
    var phoneticDepth = 0
    var sawValueElement = false
    var valueFromInline = false
    /// ``ReadLimits/maxRowBytes``: the most cell text one row may buffer.
    var maxRowBytes = Int.max
    /// The row that broke a limit (too much text, or more cells than a sheet has columns);
    /// parsing stops there and the reader reports it.
    var oversizedRow: Int?
    /// The first row or cell the reader cannot place; parsing stops there and the reader reports it.
    var problem: SheetStructureProblem?

    var wantsToStop: Bool { oversizedRow != nil || problem != nil }

    init() {
        cells.reserveCapacity(4096)
        text.reserveCapacity(64 * 1024)
        rows.reserveCapacity(512)
    }

    func startElement(_ tag: XMLStartTag) {
        let n = tag.localNamePointer
        switch n[0] {
        case UInt8(ascii: "c") where n[1] == 0:
            if inRow { startCell(tag) }
        case UInt8(ascii: "v") where n[1] == 0:
            if inCell {
                collecting = true
                sawValueElement = true
                scratch.removeAll(keepingCapacity: true)
            }
        case UInt8(ascii: "f") where n[1] == 0:
            if inCell { current.hasFormula = true }
        case UInt8(ascii: "t") where n[1] == 0:
            if inInline && phoneticDepth == 0 {
                collecting = true
                scratch.removeAll(keepingCapacity: true)
            }
        case UInt8(ascii: "r"):
            if tag.hasLocalName("row") { startRow(tag) } else if tag.hasLocalName("rPh") { phoneticDepth += 1 }
        case UInt8(ascii: "i"):
            if inCell && tag.hasLocalName("is") { inInline = true }
        case UInt8(ascii: "s"):
            if tag.hasLocalName("sheetData") { inSheetData = true }
        default:
            break
        }
    }

    func endElement(localName n: UnsafePointer<UInt8>) {
        switch n[0] {
        case UInt8(ascii: "c") where n[1] == 0:
            if inCell { endCell() }
        case UInt8(ascii: "v") where n[1] == 0:
            if collecting && !inInline { storeCollected() }
        case UInt8(ascii: "t") where n[1] == 0:
            if collecting && inInline { storeCollected() }
        case UInt8(ascii: "r"):
            if cStringEquals(n, "row") { endRow() } else if cStringEquals(n, "rPh") { phoneticDepth -= 1 }
        case UInt8(ascii: "i"):
            if cStringEquals(n, "is") { inInline = false }
        case UInt8(ascii: "s"):
            if cStringEquals(n, "sheetData") { inSheetData = false }
        default:
            break
        }
    }

    @inline(__always)
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard collecting else { return }
        scratch.append(contentsOf: bytes)
        if scratch.count + text.count - rowTextStart > maxRowBytes { stopOversized() }
    }

    private func stopOversized() {
        collecting = false
        if oversizedRow == nil { oversizedRow = rowIndex }
    }

    /// Sorts the current row's cells by column; returns a column that appears twice, if any.
    private func sortRowCells() -> Int? {
        let start = rowCellStart, end = cells.count
        var slice = Array(cells[start..<end])
        slice.sort { $0.column < $1.column }
        for k in slice.indices.dropFirst() where slice[k].column == slice[k - 1].column { return Int(slice[k].column) }
        cells.replaceSubrange(start..<end, with: slice)
        return nil
    }

    private func startRow(_ tag: XMLStartTag) {
        guard inSheetData else { return }
        inRow = true
        rowHasExplicitIndex = false
        rowHasInvalidIndex = false
        rowIndex = lastRowIndex + 1
        if let i = tag.indexOfAttribute("r") {
            let r = tag.withAttributeValueBytes(i, { NumberParsing.integer($0) })
            if let r, r >= 1, r <= CellReference.maxRow {
                rowIndex = r
                rowHasExplicitIndex = true
            } else if let r, r > CellReference.maxRow {
                // Reading it as the next row would move its values somewhere else.
                problem = .beyondSheet("row \(r)")
            } else {
                rowHasInvalidIndex = true
            }
        }
        lastColumn = 0
        rowNeedsSort = false
        rowCellStart = cells.count
        rowTextStart = text.count
    }

    private func endRow() {
        guard inRow else { return }
        inRow = false
        // The reader streams rows as they come; a row that goes back (or repeats) would be
        // written out in the wrong place, so it is refused rather than misplaced.
        if rowIndex <= orderFloor {
            if problem == nil { problem = .rowOutOfOrder(row: rowIndex, after: orderFloor) }
            return
        }
        if rowNeedsSort, let repeated = sortRowCells() {
            if problem == nil { problem = .cellOutOfOrder(row: rowIndex, column: repeated, after: repeated) }
            return
        }
        lastRowIndex = rowIndex
        if !rowHasInvalidIndex { orderFloor = rowIndex }
        rows.append(RawRow(index: rowIndex, cellStart: rowCellStart, cellEnd: cells.count))
    }

    private func startCell(_ tag: XMLStartTag) {
        inCell = true
        sawValueElement = false
        valueFromInline = false
        var column = lastColumn + 1
        var style: Int32 = 0
        var type = RawCellType.number
        if let p = tag.attributePointers {
            for i in 0..<tag.attributeCount where p[5 * i + 2] == nil {
                let name = p[5 * i]!
                guard name[1] == 0 else { continue }
                let start = p[5 * i + 3]!, end = p[5 * i + 4]!
                let value = UnsafeBufferPointer(start: start, count: end - start)
                switch name[0] {
                case UInt8(ascii: "r"):
                    if let ref = CellReference.parse(value) {
                        column = ref.column
                        if !rowHasExplicitIndex && cells.count == rowCellStart { rowIndex = ref.row }
                    } else if CellReference.isBeyondSheet(value) {
                        // Taking the next column instead would move the value somewhere else.
                        let text = String(decoding: value.prefix(40), as: UTF8.self)
                        if problem == nil { problem = .beyondSheet("cell reference \(text)") }
                    }
                case UInt8(ascii: "s"):
                    if let s = NumberParsing.integer(value), s <= Int(Int32.max) { style = Int32(s) }
                case UInt8(ascii: "t"):
                    type = SheetParser.cellType(value)
                default:
                    break
                }
            }
        }
        // A row is held whole until it ends, so cells written out of column order are put
        // back in order then (no value moves); a column written twice is ambiguous and refused.
        if column == lastColumn {
            if problem == nil { problem = .cellOutOfOrder(row: rowIndex, column: column, after: lastColumn) }
        } else if column < lastColumn {
            rowNeedsSort = true
        }
        // No row has more cells than a sheet has columns; more is a bomb of <c/> elements.
        if column > CellReference.maxColumn || cells.count - rowCellStart >= CellReference.maxColumn {
            stopOversized()
            return
        }
        lastColumn = column
        current = RawCell(column: Int32(column), style: style, type: type, hasValue: false,
                          textStart: Int32(text.count), textEnd: Int32(text.count))
    }

    private func endCell() {
        inCell = false
        inInline = false
        collecting = false
        cells.append(current)
    }

    /// Moves the collected characters into the row's text, decoding `_xHHHH_` in strings.
    private func storeCollected() {
        collecting = false
        // For inline strings the <is> text wins over a stray <v> written beside it.
        if inInline && current.hasValue && !valueFromInline {
            text.removeSubrange(Int(current.textStart)..<text.count)
            current.hasValue = false
        }
        if inInline { valueFromInline = true } else if current.type == .inlineString && valueFromInline { return }
        if !current.hasValue {
            current.hasValue = true
            current.textStart = Int32(text.count)
        } else if current.type != .inlineString {
            // A second <v> replaces the first.
            text.removeSubrange(Int(current.textStart)..<text.count)
        }
        switch current.type {
        case .inlineString, .formulaString, .error:
            scratch.withUnsafeBufferPointer { OOXMLEscapes.appendDecoded($0, to: &text) }
        default:
            text.append(contentsOf: scratch)
        }
        current.textEnd = Int32(text.count)
    }

    static func cellType(_ v: UnsafeBufferPointer<UInt8>) -> RawCellType {
        guard let first = v.first else { return .number }
        switch first {
        case UInt8(ascii: "s"): return v.count == 1 ? .sharedString : .formulaString
        case UInt8(ascii: "i"): return .inlineString
        case UInt8(ascii: "b"): return .boolean
        case UInt8(ascii: "e"): return .error
        case UInt8(ascii: "d"): return .isoDate
        default: return .number
        }
    }

    /// Drops consumed rows, keeping any row still being parsed at the front of the buffers.
    func compact() {
        rows.removeAll(keepingCapacity: true)
        guard inRow else {
            cells.removeAll(keepingCapacity: true)
            text.removeAll(keepingCapacity: true)
            return
        }
        let textShift = Int32(rowTextStart)
        cells.removeSubrange(0..<rowCellStart)
        text.removeSubrange(0..<rowTextStart)
        for k in cells.indices {
            cells[k].textStart -= textShift
            cells[k].textEnd -= textShift
        }
        current.textStart -= textShift
        current.textEnd -= textShift
        rowCellStart = 0
        rowTextStart = 0
    }
}
