/// Reads a worksheet part, without changing it, to find whether a cell, row or column other
/// than those sen2xl styled uses one of a range of cell formats: a user who copied a
/// highlighted cell's format elsewhere made sen2xl's added formats their own.
enum SheetStyleUseScanner {
    /// True when `<c s>`, `<row s>` or `<col style>` in `part` is in `formats`, leaving out the
    /// cells in `ignoring` (sen2xl's own, which the undo restyles). Rows and cells without `r`
    /// follow the one before, as readers place them.
    static func uses(_ formats: Range<Int>, part: String, in archive: ZipArchive, ignoring: Set<CellReference>) throws(XLSXError) -> Bool {
        let entry: ZipEntryReader
        do { entry = try archive.openEntry(part) } catch { throw XLSXError(error) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        var position = 0
        var row = 0, column = 0
        while true {
            let n: Int
            do { n = try chunk.withUnsafeMutableBytes { raw in Result { () throws(ZipError) in try entry.read(into: raw) } }.get() } catch { throw XLSXError(error) }
            // Drop what was scanned, so memory stays at one chunk plus one unfinished token.
            bytes.removeFirst(position)
            position = 0
            bytes += chunk[0..<n]
            let atEnd = n == 0
            let found: Bool = bytes.withUnsafeBufferPointer { b in
                while case .token(let t) = XMLByteScanner.scan(b, from: position, atEnd: atEnd) {
                    position = t.end
                    guard t.kind == .startTag || t.kind == .emptyElementTag else { continue }
                    func value(_ a: XMLAttributeSpan?) -> Int? { a.flatMap { Int(XMLByteScanner.string(b, $0.valueStart, $0.valueEnd)) } }
                    if XMLByteScanner.hasLocalName(t, "c", in: b) {
                        let ref = XMLByteScanner.attribute("r", of: t, in: b).flatMap { CellReference(XMLByteScanner.string(b, $0.valueStart, $0.valueEnd)) }
                        column = ref?.column ?? column + 1
                        if let s = value(XMLByteScanner.attribute("s", of: t, in: b)), formats.contains(s),
                           !ignoring.contains(ref ?? CellReference(row: row, column: column)) { return true }
                    } else if XMLByteScanner.hasLocalName(t, "row", in: b) {
                        row = value(XMLByteScanner.attribute("r", of: t, in: b)) ?? row + 1
                        column = 0
                        if let s = value(XMLByteScanner.attribute("s", of: t, in: b)), formats.contains(s) { return true }
                    } else if XMLByteScanner.hasLocalName(t, "col", in: b), let s = value(XMLByteScanner.attribute("style", of: t, in: b)), formats.contains(s) {
                        return true
                    }
                }
                return false
            }
            if found { return true }
            if atEnd { return false }
        }
    }
}
