/// One worksheet row held in memory while it is edited: its start tag, its cells and the
/// bytes between them, exactly as read.
///
/// Only rows that sen2xl changes (or changed before) are held this way; every other row is
/// copied through without being looked at closely.
struct BufferedRow {
    /// One `<c>` element.
    struct Cell {
        var column: Int
        /// The `<c …>` or `<c …/>` tag.
        var tag: [UInt8]
        /// Everything after the tag up to and including `</c>`; empty for `<c …/>`.
        var body: [UInt8]
    }

    /// A cell, or bytes between cells (whitespace, `extLst`, comments).
    enum Item {
        case cell(Cell)
        case raw([UInt8])
    }

    var index: Int
    var startTag: [UInt8]
    var selfClosing: Bool
    var items: [Item]
    var endTag: [UInt8]
    /// The namespace prefix of `row`, with colon (`x:`), used for cells sen2xl writes.
    var prefix: String

    /// The row's bytes.
    func serialized() -> [UInt8] {
        var out = startTag
        for item in items {
            switch item {
            case .cell(let c): out += c.tag; out += c.body
            case .raw(let r): out += r
            }
        }
        out += endTag
        return out
    }

    /// Position of the cell in `column` among `items`.
    func itemIndex(ofColumn column: Int) -> Int? {
        items.lastIndex { if case .cell(let c) = $0 { return c.column == column } else { return false } }
    }

    /// True when the row has no content at all between its tags.
    var isEmpty: Bool { items.allSatisfy { if case .raw(let r) = $0 { return r.isEmpty } else { return false } } }

    /// The exact bytes sen2xl writes for a cell it creates.
    static func createdCell(_ ref: CellReference, style: String, prefix: String) -> [UInt8] {
        Array("<\(prefix)c r=\"\(ref)\" s=\"\(style)\"/>".utf8)
    }

    /// The exact start tag sen2xl writes for a row it creates.
    static func createdRowStart(_ index: Int, prefix: String) -> [UInt8] {
        Array("<\(prefix)row r=\"\(index)\">".utf8)
    }

    // MARK: - Tag attribute helpers

    /// The raw value of attribute `name` of a standalone tag.
    static func attribute(_ name: String, of tag: [UInt8]) -> String? {
        tag.withUnsafeBufferPointer { b in
            guard case .token(let t) = XMLByteScanner.scan(b, from: 0, atEnd: true) else { return nil }
            return XMLTagEdits.value(name, of: t, in: b)
        }
    }

    /// Applies `edit` (a splice computed on the tag) to a standalone tag.
    static func edit(_ tag: inout [UInt8], _ edit: (XMLToken, UnsafeBufferPointer<UInt8>) -> XMLSplice?) {
        let splice: XMLSplice? = tag.withUnsafeBufferPointer { b in
            guard case .token(let t) = XMLByteScanner.scan(b, from: 0, atEnd: true), t.isOpening else { return nil }
            return edit(t, b)
        }
        guard let splice else { return }
        tag.replaceSubrange(splice.range, with: splice.replacement)
    }
}
