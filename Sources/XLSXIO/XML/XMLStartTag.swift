/// A borrowed view of one start tag, handed to an ``XMLEventHandler``.
///
/// - Warning: The view points into the parser's buffers and is valid only during the
///   callback that receives it. Do not store it; copy out what you need.
public struct XMLStartTag {
    let localNamePointer: UnsafePointer<UInt8>
    let prefixPointer: UnsafePointer<UInt8>?
    let uriPointer: UnsafePointer<UInt8>?
    /// Five pointers per attribute: local name, prefix, URI, value start, value end.
    let attributePointers: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    /// Number of attributes.
    public let attributeCount: Int
    /// Namespace declarations on this tag, as (prefix, URI) pointer pairs.
    let namespacePointers: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    /// Number of namespace declarations on this tag.
    public let namespaceCount: Int

    /// The element's local name (without prefix).
    public var localName: String { String(cString: localNamePointer) }
    /// The element's namespace prefix, if it was written with one.
    public var prefix: String? { prefixPointer.map { String(cString: $0) } }
    /// The element's namespace URI, if any.
    public var namespaceURI: String? { uriPointer.map { String(cString: $0) } }

    /// True when the local name equals `name`. Compares bytes without allocating.
    @inline(__always)
    public func hasLocalName(_ name: StaticString) -> Bool {
        cStringEquals(localNamePointer, name)
    }

    /// The local name of attribute `i`.
    public func attributeLocalName(_ i: Int) -> String {
        String(cString: attributePointers![5 * i]!)
    }

    /// The namespace URI of attribute `i`, if it has one.
    public func attributeNamespaceURI(_ i: Int) -> String? {
        attributePointers![5 * i + 2].map { String(cString: $0) }
    }

    /// The namespace prefix of attribute `i`, if it has one.
    public func attributePrefix(_ i: Int) -> String? {
        attributePointers![5 * i + 1].map { String(cString: $0) }
    }

    /// The decoded value of attribute `i`.
    public func attributeValue(_ i: Int) -> String {
        withAttributeValueBytes(i) { decodeAttributeValue($0) }
    }

    /// Index of the un-namespaced attribute named `name`, or nil.
    @inline(__always)
    public func indexOfAttribute(_ name: StaticString) -> Int? {
        guard let p = attributePointers else { return nil }
        for i in 0..<attributeCount where p[5 * i + 2] == nil && cStringEquals(p[5 * i]!, name) {
            return i
        }
        return nil
    }

    /// Index of the attribute named `name` in any namespace whose URI ends with `uriSuffix`
    /// (so transitional and Strict OOXML URIs both match), or nil.
    public func indexOfAttribute(_ name: StaticString, namespaceEndingWith uriSuffix: String) -> Int? {
        guard let p = attributePointers else { return nil }
        for i in 0..<attributeCount {
            guard let uri = p[5 * i + 2], cStringEquals(p[5 * i]!, name) else { continue }
            if String(cString: uri).hasSuffix(uriSuffix) { return i }
        }
        return nil
    }

    /// The decoded value of the un-namespaced attribute `name`, or nil.
    public func attribute(_ name: StaticString) -> String? {
        indexOfAttribute(name).map { attributeValue($0) }
    }

    /// Calls `body` with the raw (undecoded) bytes of attribute `i`'s value.
    ///
    /// - Warning: Do not escape the buffer from the closure.
    @inline(__always)
    public func withAttributeValueBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = attributePointers![5 * i + 3]!
        let end = attributePointers![5 * i + 4]!
        return try body(UnsafeBufferPointer(start: start, count: end - start))
    }

    /// The namespace declarations on this tag, as (prefix or nil for the default, URI).
    public var namespaceDeclarations: [(prefix: String?, uri: String)] {
        guard let p = namespacePointers else { return [] }
        return (0..<namespaceCount).map { i in
            (p[2 * i].map { String(cString: $0) }, p[2 * i + 1].map { String(cString: $0) } ?? "")
        }
    }
}

/// Compares a NUL-terminated C string with a static ASCII string.
@inline(__always)
func cStringEquals(_ c: UnsafePointer<UInt8>, _ s: StaticString) -> Bool {
    let n = s.utf8CodeUnitCount
    let b = s.utf8Start
    var i = 0
    while i < n {
        if c[i] != b[i] { return false }
        i += 1
    }
    return c[n] == 0
}

/// libxml2 without entity substitution hands an `&amp;` inside an attribute value over as
/// the character reference `&#38;`; every other reference arrives decoded. Undo that one.
func decodeAttributeValue(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
        if bytes[i] == UInt8(ascii: "&"), i + 4 < bytes.count,
           bytes[i + 1] == UInt8(ascii: "#"), bytes[i + 2] == UInt8(ascii: "3"),
           bytes[i + 3] == UInt8(ascii: "8"), bytes[i + 4] == UInt8(ascii: ";") {
            out.append(UInt8(ascii: "&"))
            i += 5
        } else {
            out.append(bytes[i])
            i += 1
        }
    }
    return String(decoding: out, as: UTF8.self)
}
