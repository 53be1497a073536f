/// Reads only the head of a sheet part (up to its views) to see whether its tab is selected.
enum SheetHeadProbe {
    /// True when a `<sheetView>` of the sheet has `tabSelected` on. Reads at most 4 MB.
    static func isTabSelected(part: String, in archive: ZipArchive) throws(XLSXError) -> Bool {
        let entry: ZipEntryReader
        do { entry = try archive.openEntry(part) } catch { throw XLSXError(error) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var position = 0
        var depth = 0
        while bytes.count < 4 << 20 {
            let n: Int
            do { n = try chunk.withUnsafeMutableBytes { raw in Result { () throws(ZipError) in try entry.read(into: raw) } }.get() } catch { throw XLSXError(error) }
            bytes += chunk[0..<n]
            let atEnd = n == 0
            let verdict: Bool? = bytes.withUnsafeBufferPointer { b in
                while true {
                    guard case .token(let t) = XMLByteScanner.scan(b, from: position, atEnd: atEnd) else { return atEnd ? false : nil }
                    position = t.end
                    switch t.kind {
                    case .startTag, .emptyElementTag:
                        if depth == 2, XMLByteScanner.hasLocalName(t, "sheetView", in: b),
                           let a = XMLByteScanner.attribute("tabSelected", of: t, in: b) {
                            let v = XMLByteScanner.string(b, a.valueStart, a.valueEnd)
                            if v == "1" || v == "true" { return true }
                        }
                        if depth == 1, XMLByteScanner.hasLocalName(t, "sheetData", in: b) { return false }
                        if t.kind == .startTag { depth += 1 }
                    case .endTag:
                        depth -= 1
                        if depth == 1, XMLByteScanner.hasLocalName(t, "sheetViews", in: b) { return false }
                        if depth <= 0 { return false }
                    default:
                        continue
                    }
                }
            }
            if let verdict { return verdict }
        }
        return false
    }
}
