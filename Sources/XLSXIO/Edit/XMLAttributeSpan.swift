/// Where one attribute sits inside a tag's bytes.
public struct XMLAttributeSpan: Sendable, Hashable {
    /// Offset of the attribute's leading whitespace (the separator written before its name).
    public var leadingSpaceStart: Int
    /// Offset of the qualified name.
    public var nameStart: Int
    /// Offset just past the qualified name.
    public var nameEnd: Int
    /// Offset of the local name, after any `prefix:`.
    public var localNameStart: Int
    /// Offset of the value's first byte (inside the quotes).
    public var valueStart: Int
    /// Offset of the closing quote.
    public var valueEnd: Int

    /// Offset just past the closing quote.
    public var end: Int { valueEnd + 1 }
}

extension XMLByteScanner {
    /// Calls `body` for each attribute of the start or empty-element tag `token`, in order,
    /// until `body` returns false. Allocates nothing.
    @inline(__always)
    public static func forEachAttribute(of token: XMLToken, in b: UnsafeBufferPointer<UInt8>,
                                        _ body: (XMLAttributeSpan) -> Bool) {
        guard let p = b.baseAddress else { return }
        var i = token.nameEnd
        let limit = token.end - 1
        while i < limit {
            let spaceStart = i
            while i < limit, isSpace(p[i]) { i += 1 }
            guard i < limit, p[i] != slash else { return }
            let nameStart = i
            var local = i
            while i < limit, p[i] != UInt8(ascii: "="), !isSpace(p[i]) {
                if p[i] == colon { local = i + 1 }
                i += 1
            }
            let nameEnd = i
            while i < limit, isSpace(p[i]) || p[i] == UInt8(ascii: "=") { i += 1 }
            guard i < limit, p[i] == dquote || p[i] == squote else { return }
            let quote = p[i]
            let valueStart = i + 1
            i = valueStart
            while i < limit, p[i] != quote { i += 1 }
            guard i < limit else { return }
            let span = XMLAttributeSpan(leadingSpaceStart: spaceStart, nameStart: nameStart, nameEnd: nameEnd,
                                        localNameStart: local, valueStart: valueStart, valueEnd: i)
            if !body(span) { return }
            i += 1
        }
    }

    /// The attribute of `token` whose qualified name is exactly `name` (for example `r`, `s`
    /// or `xmlns:r`), or nil.
    @inline(__always)
    public static func attribute(_ name: StaticString, of token: XMLToken, in b: UnsafeBufferPointer<UInt8>) -> XMLAttributeSpan? {
        var found: XMLAttributeSpan?
        forEachAttribute(of: token, in: b) { a in
            if bytesEqual(b, a.nameStart, a.nameEnd, name) { found = a; return false }
            return true
        }
        return found
    }

    /// The first attribute of `token` with local name `localName` and any prefix, or nil.
    public static func attribute(localName: StaticString, prefixed: Bool, of token: XMLToken,
                                 in b: UnsafeBufferPointer<UInt8>) -> XMLAttributeSpan? {
        var found: XMLAttributeSpan?
        forEachAttribute(of: token, in: b) { a in
            let hasPrefix = a.localNameStart > a.nameStart
            if hasPrefix == prefixed, bytesEqual(b, a.localNameStart, a.nameEnd, localName) { found = a; return false }
            return true
        }
        return found
    }

    /// True when the token's local name is `name`.
    @inline(__always)
    public static func hasLocalName(_ token: XMLToken, _ name: StaticString, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        bytesEqual(b, token.localNameStart, token.nameEnd, name)
    }

    /// True when `b[start..<end]` equals `s`.
    @inline(__always)
    public static func bytesEqual(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard end - start == n else { return false }
        let q = s.utf8Start
        var k = 0
        while k < n {
            if b[start + k] != q[k] { return false }
            k += 1
        }
        return true
    }

    /// The bytes `b[start..<end]` as a string (no entity decoding).
    public static func string(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
    }
}
