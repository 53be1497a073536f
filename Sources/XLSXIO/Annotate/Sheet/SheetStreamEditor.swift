/// Streams one worksheet part from the input archive to its output, copying every byte
/// unchanged except the few spans a ``SheetEditPlan`` calls for: the `s` of highlighted cells,
/// cells and rows created in order, a widened `<dimension>`, `<legacyDrawing>` at its schema
/// position, a namespace declaration on the root, cleared `tabSelected` flags, and the undoing
/// of an earlier run's changes.
///
/// Memory stays flat: a fixed window of input, the current row when it is being edited, and
/// an output buffer written out every megabyte.
final class SheetStreamEditor {
    let plan: SheetEditPlan
    let file: String
    let highlight: (Int, AnnotationSeverity) -> Int
    var record: SheetRecord

    // Input window.
    var window: UnsafeMutableRawBufferPointer
    var filled = 0
    var scanPosition = 0
    /// Start of the window bytes not yet copied to the output.
    var copyFrom = 0

    // Output.
    var out: [UInt8] = []
    var sink: (any ByteOutput)?
    /// While set, `out` is not written out from this offset on (an insertion may still land there).
    var holdFrom: Int?

    // Structure.
    var depth = 0
    var topLevel = ""
    var rootSeen = false
    var mainPrefix = ""
    var relationshipsPrefix: String?
    var sawSheetData = false
    var sheetDataPrefix = ""
    var sheetViewCount = 0
    var columnStyles: [(min: Int, max: Int, style: Int)] = []

    // Rows.
    var targetRows: [(row: Int, targets: [SheetCellTarget])] = []
    var nextTargetRow = 0
    var interestingRows: Set<Int> = []
    var revertCells: [Int: [SheetRecord.Cell]] = [:]
    var revertRows: [Int: SheetRecord.Row] = [:]
    var lastRowIndex = 0
    var capture: RowCapture?
    var rowBytes: [UInt8] = []
    var sheetDataContentStart: Int?

    // legacyDrawing.
    var legacyDrawingID: String?
    var legacyDrawingInsertAt: Int?

    var outcome: SheetEditOutcome
    /// True once any byte of the output differs from the input.
    var modified = false

    /// The state of a row being captured: its cells as offsets into `rowBytes`.
    struct RowCapture {
        var explicitIndex: Int?
        var firstCellRow: Int?
        var selfClosing: Bool
        var tagEnd: Int
        var cells: [(start: Int, tagEnd: Int, end: Int, column: Int)] = []
        var openCell = false
        var lastColumn = 0
        var prefix: String
    }

    init(plan: SheetEditPlan, file: String, highlight: @escaping (Int, AnnotationSeverity) -> Int) {
        self.plan = plan
        self.file = file
        self.highlight = highlight
        record = SheetRecord(part: plan.part)
        outcome = SheetEditOutcome(record: SheetRecord(part: plan.part))
        window = .allocate(byteCount: 1 << 20, alignment: 16)
        var grouped: [Int: [SheetCellTarget]] = [:]
        for t in plan.targets { grouped[t.ref.row, default: []].append(t) }
        targetRows = grouped.keys.sorted().map { (row: $0, targets: grouped[$0]!.sorted { $0.ref.column < $1.ref.column }) }
        interestingRows = Set(grouped.keys)
        if let revert = plan.revert {
            for c in revert.cells { revertCells[c.ref.row, default: []].append(c) }
            for r in revert.rows { revertRows[r.index] = r }
            interestingRows.formUnion(revertCells.keys)
            interestingRows.formUnion(revertRows.keys)
        }
    }

    deinit { window.deallocate() }

    /// Streams the part from `entry` into `output`.
    func run(reading entry: ZipEntryReader, into output: any ByteOutput) throws(XLSXError) -> SheetEditOutcome {
        try run(reading: { (buffer) throws(XLSXError) -> Int in
            do throws(ZipError) { return try entry.read(into: buffer) } catch { throw XLSXError(error) }
        }, into: output)
    }

    /// Streams the part that `read` delivers (filling the buffer it is given, 0 at the end)
    /// into `output`.
    func run(reading read: (UnsafeMutableRawBufferPointer) throws(XLSXError) -> Int, into output: any ByteOutput) throws(XLSXError) -> SheetEditOutcome {
        sink = output
        var exhausted = false
        while true {
            if !exhausted && filled < window.count {
                let n = try read(UnsafeMutableRawBufferPointer(rebasing: window[filled...]))
                if n == 0 { exhausted = true } else { filled += n }
            }
            let b = UnsafeBufferPointer(start: window.baseAddress!.assumingMemoryBound(to: UInt8.self), count: filled)
            scanning: while scanPosition < filled {
                switch XMLByteScanner.scan(b, from: scanPosition, atEnd: exhausted) {
                case .token(let t):
                    try handle(t, b)
                    scanPosition = t.end
                case .needsMoreData:
                    break scanning
                case .malformed(let why):
                    throw malformed(why)
                }
            }
            if exhausted && scanPosition >= filled {
                passThrough(upTo: filled, b)
                break
            }
            try compact(b)
        }
        guard rootSeen, depth == 0 else { throw malformed("the part ends before its root element is closed") }
        try flush(all: true)
        outcome.record = record
        outcome.legacyDrawingID = legacyDrawingID
        outcome.modified = modified
        outcome.styledCells = record.cells.count { !$0.created }
        outcome.createdCells = record.cells.count { $0.created }
        return outcome
    }

    /// Copies what is complete to the output and moves the unfinished token to the window's
    /// start, growing the window for a token larger than it.
    private func compact(_ b: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        passThrough(upTo: scanPosition, b)
        let keep = filled - scanPosition
        if scanPosition > 0 && keep > 0 {
            window.baseAddress!.copyMemory(from: window.baseAddress!.advanced(by: scanPosition), byteCount: keep)
        }
        filled = keep
        scanPosition = 0
        copyFrom = 0
        if filled == window.count {
            guard window.count < 256 << 20 else { throw malformed("a single tag is larger than 256 MB") }
            let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: window.count * 2, alignment: 16)
            bigger.baseAddress!.copyMemory(from: window.baseAddress!, byteCount: filled)
            window.deallocate()
            window = bigger
        }
        try flush(all: false)
    }

    // MARK: - Output

    /// Copies window bytes from `copyFrom` up to `offset` to where output currently goes (the
    /// captured row or the output buffer).
    @inline(__always)
    func passThrough(upTo offset: Int, _ b: UnsafeBufferPointer<UInt8>) {
        guard offset > copyFrom else { return }
        let slice = UnsafeBufferPointer(rebasing: b[copyFrom..<offset])
        if capture != nil { rowBytes.append(contentsOf: slice) } else { out.append(contentsOf: slice) }
        copyFrom = offset
    }

    /// Replaces the token `t` with `bytes` (after copying what precedes it).
    func replace(_ t: XMLToken, with bytes: [UInt8], _ b: UnsafeBufferPointer<UInt8>) {
        passThrough(upTo: t.start, b)
        if capture != nil { rowBytes += bytes } else { out += bytes }
        copyFrom = t.end
        modified = true
    }

    /// Inserts `bytes` just before the token `t`.
    func insert(_ bytes: [UInt8], before t: XMLToken, _ b: UnsafeBufferPointer<UInt8>) {
        passThrough(upTo: t.start, b)
        if capture != nil { rowBytes += bytes } else { out += bytes }
        if !bytes.isEmpty { modified = true }
    }

    /// Writes out the output buffer once it is large (or at the end), except what is held.
    func flush(all: Bool) throws(XLSXError) {
        guard let sink else { return }
        if let start = sheetDataContentStart, out.count - start > 64 << 20 {
            // The user has filled a <sheetData> an earlier run opened; it stays open.
            sheetDataContentStart = nil
            record.sheetDataExpanded = true
            holdFrom = legacyDrawingInsertAt
        }
        let limit = holdFrom ?? out.count
        guard all || limit >= 1 << 20 else { return }
        let upTo = all ? out.count : limit
        try out.withBufferTyped { (all) throws(XLSXError) in try sink.write(UnsafeBufferPointer(rebasing: all[0..<upTo])) }
        out.removeSubrange(0..<upTo)
        if let h = holdFrom { holdFrom = h - upTo }
        if let s = sheetDataContentStart { sheetDataContentStart = s - upTo }
        if let l = legacyDrawingInsertAt { legacyDrawingInsertAt = l - upTo }
    }

    func malformed(_ why: String) -> XLSXError {
        XLSXError(code: .malformedPart, file: file, part: plan.part, sheet: plan.sheetName,
                  message: "cannot edit the sheet: \(why); open the workbook in Excel or LibreOffice and save it again")
    }
}
