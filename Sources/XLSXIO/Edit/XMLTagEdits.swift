/// Splices that change one tag in place, written so that each has an exact inverse: an
/// inserted attribute is always ` name="value"` placed just before the tag's `>` or `/>`, so
/// removing it (with the one space before it) restores the original bytes.
public enum XMLTagEdits {
    /// Sets attribute `name` (qualified) of the tag `token` in `b` to the already-escaped
    /// `value`: replaces the value in place when the attribute exists, else inserts it.
    public static func setAttribute(_ name: String, to value: String, of token: XMLToken, in b: UnsafeBufferPointer<UInt8>) -> XMLSplice {
        if let a = find(name, token, b) {
            return XMLSplice(range: a.valueStart..<a.valueEnd, replacement: Array(value.utf8))
        }
        return XMLSplice.insert(" \(name)=\"\(value)\"", at: insertionPoint(of: token, in: b))
    }

    /// Removes attribute `name` with the single whitespace byte before it, or nil when absent.
    public static func removeAttribute(_ name: String, of token: XMLToken, in b: UnsafeBufferPointer<UInt8>) -> XMLSplice? {
        guard let a = find(name, token, b) else { return nil }
        let start = a.nameStart > token.nameEnd && XMLByteScanner.isSpace(b[a.nameStart - 1]) ? a.nameStart - 1 : a.nameStart
        return XMLSplice(range: start..<a.end, replacement: [])
    }

    /// Restores an attribute that sen2xl set: to `original`, or removed when it had none.
    public static func restoreAttribute(_ name: String, original: String?, of token: XMLToken, in b: UnsafeBufferPointer<UInt8>) -> XMLSplice? {
        if let original { return setAttribute(name, to: original, of: token, in: b) }
        return removeAttribute(name, of: token, in: b)
    }

    /// The raw value of attribute `name` (qualified) of `token`, or nil.
    public static func value(_ name: String, of token: XMLToken, in b: UnsafeBufferPointer<UInt8>) -> String? {
        find(name, token, b).map { XMLByteScanner.string(b, $0.valueStart, $0.valueEnd) }
    }

    /// Where an attribute is inserted: before `/>` of an empty-element tag, else before `>`.
    public static func insertionPoint(of token: XMLToken, in b: UnsafeBufferPointer<UInt8>) -> Int {
        token.kind == .emptyElementTag ? token.end - 2 : token.end - 1
    }

    /// Turns `<name …/>` into `<name …>` + `content` + `</name>`.
    public static func expand(_ token: XMLToken, in b: UnsafeBufferPointer<UInt8>, with content: String) -> XMLSplice {
        let qualified = XMLByteScanner.string(b, token.nameStart, token.nameEnd)
        return XMLSplice(range: (token.end - 2)..<token.end, replacement: Array((">" + content + "</" + qualified + ">").utf8))
    }

    private static func find(_ name: String, _ token: XMLToken, _ b: UnsafeBufferPointer<UInt8>) -> XMLAttributeSpan? {
        var target = name
        return target.withUTF8 { t in
            var found: XMLAttributeSpan?
            XMLByteScanner.forEachAttribute(of: token, in: b) { a in
                if a.nameEnd - a.nameStart == t.count, b[a.nameStart..<a.nameEnd].elementsEqual(t) { found = a; return false }
                return true
            }
            return found
        }
    }
}

extension XMLTagEdits {
    /// `element` (the bytes of one whole element) with attributes of its start tag set:
    /// replaced where present, else inserted before the tag's end.
    public static func settingAttributes(_ attributes: [(name: String, value: String)], ofElement element: [UInt8]) -> [UInt8] {
        var bytes = element
        for (name, value) in attributes {
            let splice: XMLSplice? = bytes.withUnsafeBufferPointer { b in
                guard case .token(let t) = XMLByteScanner.scan(b, from: 0, atEnd: true), t.isOpening else { return nil }
                return setAttribute(name, to: value, of: t, in: b)
            }
            if let splice { bytes.replaceSubrange(splice.range, with: splice.replacement) }
        }
        return bytes
    }
}
