/// One element of an ``XMLSpliceDocument``: where its tags and content sit in the bytes.
///
/// Offsets are stored as 32-bit values and the children are found through ``subtreeEnd``
/// rather than a list per element: a VML part with tens of thousands of notes has hundreds of
/// thousands of elements, and this keeps each one to a few dozen bytes.
public struct XMLElementSpan: Sendable, Hashable {
    private let startOffsets: (start: Int32, end: Int32, nameStart: Int32, nameEnd: Int32, localNameStart: Int32)
    private var endOffsets: (start: Int32, end: Int32)?
    private let parentIndex: Int32
    private let empty: Bool
    /// The index just past this element's last descendant: its children are the elements from
    /// the next index up to here, skipping each child's own subtree.
    public internal(set) var subtreeEnd: Int
    /// The local name (without prefix).
    public let localName: String
    /// The namespace prefix as written, including the colon (`x:`), or "".
    public let prefix: String

    init(startTag t: XMLToken, parent: Int?, index: Int, localName: String, prefix: String) {
        startOffsets = (Int32(t.start), Int32(t.end), Int32(t.nameStart), Int32(t.nameEnd), Int32(t.localNameStart))
        endOffsets = nil
        parentIndex = parent.map(Int32.init) ?? -1
        empty = t.kind == .emptyElementTag
        subtreeEnd = index + 1
        self.localName = localName
        self.prefix = prefix
    }

    /// The start (or empty-element) tag.
    public var startTag: XMLToken {
        XMLToken(kind: empty ? .emptyElementTag : .startTag, start: Int(startOffsets.start), end: Int(startOffsets.end),
                 nameStart: Int(startOffsets.nameStart), nameEnd: Int(startOffsets.nameEnd), localNameStart: Int(startOffsets.localNameStart))
    }

    /// The end tag, or nil for an empty-element tag (or, in lenient mode, an unclosed element).
    public var endTag: XMLToken? {
        guard let e = endOffsets else { return nil }
        let nameStart = Int(e.start) + 2
        let nameEnd = nameStart + Int(startOffsets.nameEnd - startOffsets.nameStart)
        return XMLToken(kind: .endTag, start: Int(e.start), end: Int(e.end), nameStart: nameStart, nameEnd: nameEnd,
                        localNameStart: nameStart + Int(startOffsets.localNameStart - startOffsets.nameStart))
    }

    /// Records the end tag that closes the element.
    mutating func close(with t: XMLToken) { endOffsets = (Int32(t.start), Int32(t.end)) }

    /// The parent element's index, nil for the root.
    public var parent: Int? { parentIndex < 0 ? nil : Int(parentIndex) }
    /// True when written as `<name …/>`.
    public var isEmptyElement: Bool { empty }
    /// Offset where the content starts (just past the start tag).
    public var contentStart: Int { Int(startOffsets.end) }
    /// Offset where the content ends (the end tag's start).
    public var contentEnd: Int { Int(endOffsets?.start ?? startOffsets.end) }
    /// Offset of the element's first byte.
    public var start: Int { Int(startOffsets.start) }
    /// Offset just past the element's last byte.
    public var end: Int { Int(endOffsets?.end ?? startOffsets.end) }

    /// Two spans are equal when they describe the same element at the same place.
    public static func == (a: XMLElementSpan, b: XMLElementSpan) -> Bool {
        a.startTag == b.startTag && a.endTag == b.endTag && a.parentIndex == b.parentIndex && a.subtreeEnd == b.subtreeEnd
            && a.localName == b.localName && a.prefix == b.prefix
    }

    /// Hashes the element's position and name.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(localName)
    }
}

/// A replacement of a byte range in a document; an empty range is an insertion.
public struct XMLSplice: Sendable, Hashable {
    /// The bytes replaced.
    public var range: Range<Int>
    /// What replaces them.
    public var replacement: [UInt8]

    /// Creates a splice.
    public init(range: Range<Int>, replacement: [UInt8]) {
        self.range = range
        self.replacement = replacement
    }

    /// An insertion of `text` at `offset`.
    public static func insert(_ text: String, at offset: Int) -> XMLSplice {
        XMLSplice(range: offset..<offset, replacement: Array(text.utf8))
    }
}

/// A small XML part (styles, relationships, content types, comments, VML) held as its exact
/// bytes plus an index of where each element is, so that edits are splices into the original
/// text: everything not edited (unknown elements, `mc:AlternateContent`, `extLst`, comments,
/// whitespace, attribute order and quoting) stays byte for byte as it was.
public struct XMLSpliceDocument: Sendable {
    /// The part's name, for error messages.
    public let part: String
    /// The document's bytes.
    public let bytes: [UInt8]
    /// Every element in document order; index 0 is the root when there is one.
    public let elements: [XMLElementSpan]
    /// Whether unbalanced markup was tolerated (legacy VML).
    public let lenient: Bool

    /// Indexes the elements of `bytes`.
    ///
    /// - Parameter lenient: tolerate unclosed elements, as legacy VML has (`<br>` inside a
    ///   `<div>`): an end tag closes the nearest open element of the same name, and stray end
    ///   tags are ignored.
    /// - Throws: ``XMLParseError`` when the markup cannot be tokenized, or (unless lenient)
    ///   when tags do not balance.
    public init(part: String, bytes: [UInt8], lenient: Bool = false) throws(XMLParseError) {
        self.part = part
        self.bytes = bytes
        self.lenient = lenient
        elements = try XMLSpliceDocument.index(bytes, part: part, lenient: lenient)
        guard !elements.isEmpty else { throw XMLParseError(part: part, message: "the part has no root element") }
    }

    private static func index(_ bytes: [UInt8], part: String, lenient: Bool) throws(XMLParseError) -> [XMLElementSpan] {
        guard bytes.count < Int(Int32.max) else {
            throw XMLParseError(part: part, message: "the part is larger than 2 GB")
        }
        return try bytes.withBufferTyped { (b) throws(XMLParseError) -> [XMLElementSpan] in
            var elements: [XMLElementSpan] = []
            elements.reserveCapacity(XMLSpliceDocument.openingTagBound(b))
            var open: [Int] = []
            var i = 0
            while i < b.count {
                switch XMLByteScanner.scan(b, from: i, atEnd: true) {
                case .needsMoreData:
                    i = b.count
                case .malformed(let why):
                    throw XMLParseError(part: part, message: why + " (at byte \(i))")
                case .token(let t):
                    i = t.end
                    switch t.kind {
                    case .startTag, .emptyElementTag:
                        if open.isEmpty && !elements.isEmpty && !lenient {
                            throw XMLParseError(part: part, message: "a second root element (at byte \(t.start))")
                        }
                        let prefix = XMLByteScanner.string(b, t.nameStart, t.localNameStart)
                        let index = elements.count
                        elements.append(XMLElementSpan(startTag: t, parent: open.last, index: index,
                                                       localName: XMLByteScanner.string(b, t.localNameStart, t.nameEnd), prefix: prefix))
                        if t.kind == .startTag { open.append(index) }
                    case .endTag:
                        let name = XMLByteScanner.string(b, t.nameStart, t.nameEnd)
                        guard let match = open.lastIndex(where: { elements[$0].prefix + elements[$0].localName == name }) else {
                            if lenient { continue }
                            throw XMLParseError(part: part, message: "an end tag </\(name)> with no matching start (at byte \(t.start))")
                        }
                        if match != open.count - 1 && !lenient {
                            let inner = elements[open[open.count - 1]]
                            throw XMLParseError(part: part, message: "<\(inner.prefix)\(inner.localName)> is closed by </\(name)> (at byte \(t.start))")
                        }
                        elements[open[match]].close(with: t)
                        for closed in open[match...] { elements[closed].subtreeEnd = elements.count }
                        open.removeSubrange(match...)
                    default:
                        continue
                    }
                }
            }
            if !open.isEmpty && !lenient {
                throw XMLParseError(part: part, message: "<\(elements[open[0]].localName)> is never closed")
            }
            for unclosed in open { elements[unclosed].subtreeEnd = elements.count }
            return elements
        }
    }

    /// An upper bound on the number of elements: every `<` that does not open an end tag, a
    /// comment, a declaration or a processing instruction. Reserving it once avoids both the
    /// copies of a growing array and its unused tail.
    private static func openingTagBound(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "<") {
                let next = i + 1 < b.count ? b[i + 1] : 0
                if next != UInt8(ascii: "/") && next != UInt8(ascii: "!") && next != UInt8(ascii: "?") { count += 1 }
            }
            i += 1
        }
        return count
    }

    // MARK: - Queries

    /// The root element's index.
    public var root: Int { 0 }

    /// The indexes of `element`'s child elements, in document order.
    public func children(of element: Int) -> [Int] {
        var result: [Int] = []
        var child = element + 1
        let end = elements[element].subtreeEnd
        while child < end {
            result.append(child)
            child = elements[child].subtreeEnd
        }
        return result
    }

    /// The first child of `element` with local name `name`.
    public func child(of element: Int, named name: String) -> Int? {
        children(of: element).first { elements[$0].localName == name }
    }

    /// The children of `element` with local name `name`, in order.
    public func children(of element: Int, named name: String) -> [Int] {
        children(of: element).filter { elements[$0].localName == name }
    }

    /// The attribute of `element` whose qualified name is `name`, or nil.
    public func attribute(_ name: String, of element: Int) -> XMLAttributeSpan? {
        let target = Array(name.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var found: XMLAttributeSpan?
            XMLByteScanner.forEachAttribute(of: elements[element].startTag, in: b) { a in
                if b[a.nameStart..<a.nameEnd].elementsEqual(target) { found = a; return false }
                return true
            }
            return found
        }
    }

    /// Every attribute of `element` as (qualified name, raw value) pairs.
    public func attributes(of element: Int) -> [(name: String, value: String)] {
        bytes.withUnsafeBufferPointer { b in
            var all: [(String, String)] = []
            XMLByteScanner.forEachAttribute(of: elements[element].startTag, in: b) { a in
                all.append((XMLByteScanner.string(b, a.nameStart, a.nameEnd), XMLByteScanner.string(b, a.valueStart, a.valueEnd)))
                return true
            }
            return all
        }
    }

    /// The decoded value of the attribute `name` of `element`, or nil.
    public func attributeValue(_ name: String, of element: Int) -> String? {
        attribute(name, of: element).map { XMLEntities.decode(bytes[$0.valueStart..<$0.valueEnd]) }
    }

    /// The raw bytes of `element`, from its start tag to its end tag.
    public func text(of element: Int) -> String {
        let e = elements[element]
        return String(decoding: bytes[e.start..<e.end], as: UTF8.self)
    }

    /// The raw bytes between `element`'s start and end tags.
    public func content(of element: Int) -> String {
        let e = elements[element]
        return String(decoding: bytes[e.contentStart..<e.contentEnd], as: UTF8.self)
    }

    /// The namespace URI that `prefix` (without colon; "" for the default namespace) is bound
    /// to by a declaration on `element` or one of its ancestors, or nil.
    public func namespaceURI(forPrefix prefix: String, at element: Int) -> String? {
        let name = prefix.isEmpty ? "xmlns" : "xmlns:" + prefix
        var e: Int? = element
        while let current = e {
            if let value = attributeValue(name, of: current) { return value }
            e = elements[current].parent
        }
        return nil
    }

    /// The prefix (without colon) bound to `uri` on `element` or its ancestors, or nil.
    public func prefix(forNamespace uri: String, at element: Int) -> String? {
        var e: Int? = element
        while let current = e {
            for (name, value) in attributes(of: current) where name.hasPrefix("xmlns:") && XMLEntities.decode(Array(value.utf8)) == uri {
                return String(name.dropFirst(6))
            }
            e = elements[current].parent
        }
        return nil
    }

    // MARK: - Editing

    /// A new document with `splices` applied. Splices must not overlap; insertions at the same
    /// offset keep the order they are given in and come before a replacement starting there.
    public func applying(_ splices: [XMLSplice]) throws(XMLParseError) -> XMLSpliceDocument {
        guard !splices.isEmpty else { return self }
        return try XMLSpliceDocument(part: part, bytes: XMLSpliceDocument.apply(splices, to: bytes, part: part), lenient: lenient)
    }

    /// `bytes` with `splices` applied (see ``applying(_:)``).
    public static func apply(_ splices: [XMLSplice], to bytes: [UInt8], part: String) throws(XMLParseError) -> [UInt8] {
        let ordered = splices.enumerated().sorted { a, b in
            (a.element.range.lowerBound, a.element.range.isEmpty ? 0 : 1, a.offset)
                < (b.element.range.lowerBound, b.element.range.isEmpty ? 0 : 1, b.offset)
        }.map(\.element)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + ordered.reduce(0) { $0 + $1.replacement.count })
        var copied = 0
        for s in ordered {
            guard s.range.lowerBound >= copied, s.range.upperBound <= bytes.count else {
                throw XMLParseError(part: part, message: "internal error: overlapping edits at byte \(s.range.lowerBound)")
            }
            out.append(contentsOf: bytes[copied..<s.range.lowerBound])
            out.append(contentsOf: s.replacement)
            copied = s.range.upperBound
        }
        out.append(contentsOf: bytes[copied...])
        return out
    }
}
