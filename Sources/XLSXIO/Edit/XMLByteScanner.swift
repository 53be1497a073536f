#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a piece of XML markup is.
public enum XMLTokenKind: Sendable, Hashable {
    /// Character data between markup (including whitespace).
    case text
    /// `<name …>`
    case startTag
    /// `<name …/>`
    case emptyElementTag
    /// `</name>`
    case endTag
    /// `<!-- … -->`
    case comment
    /// `<![CDATA[ … ]]>`
    case cdata
    /// `<? … ?>`, including the XML declaration.
    case processingInstruction
    /// `<!DOCTYPE …>` or another `<!…>` declaration.
    case declaration
}

/// One token found by ``XMLByteScanner``: byte offsets into the scanned buffer.
public struct XMLToken: Sendable, Hashable {
    /// The kind of markup.
    public var kind: XMLTokenKind
    /// Offset of the first byte.
    public var start: Int
    /// Offset just past the last byte.
    public var end: Int
    /// Offset of the qualified name (tags only; otherwise equal to `start`).
    public var nameStart: Int
    /// Offset just past the qualified name.
    public var nameEnd: Int
    /// Offset of the local name, after any `prefix:`.
    public var localNameStart: Int

    /// True for start and empty-element tags.
    public var isOpening: Bool { kind == .startTag || kind == .emptyElementTag }
}

/// The outcome of asking the scanner for the next token.
public enum XMLScanResult: Sendable, Hashable {
    /// A complete token.
    case token(XMLToken)
    /// The buffer ends inside a token; supply more bytes (or the input is exhausted).
    case needsMoreData
    /// The markup cannot be XML; the message says what was found.
    case malformed(String)
}

/// A small tokenizer that finds markup boundaries in raw UTF-8 bytes without decoding,
/// resolving namespaces or building anything, so that an editor can copy every byte it does
/// not change exactly as it was written.
///
/// It understands start, end and empty-element tags (quoted attribute values may hold `>`),
/// comments, CDATA sections, processing instructions and declarations, with any namespace
/// prefix. It does not check well-formedness beyond what it needs to find the boundaries;
/// callers that track nesting check balance themselves.
public enum XMLByteScanner {
    /// Scans the token that starts at `offset`.
    ///
    /// Text runs are returned up to the next `<` or the end of the buffer, so a caller streaming
    /// a large document can pass text through in pieces. Markup is returned only when complete.
    ///
    /// - Parameter atEnd: true when no more bytes will follow the buffer, so an unfinished
    ///   tag is malformed rather than waiting for data.
    @inline(__always)
    public static func scan(_ b: UnsafeBufferPointer<UInt8>, from offset: Int, atEnd: Bool) -> XMLScanResult {
        let n = b.count
        guard offset < n, let base = b.baseAddress else { return .needsMoreData }
        if base[offset] != lt {
            let end = find(lt, base, offset + 1, n) ?? n
            return .token(XMLToken(kind: .text, start: offset, end: end, nameStart: offset, nameEnd: offset, localNameStart: offset))
        }
        guard offset + 1 < n else { return incomplete(atEnd, "a '<' at the very end") }
        switch base[offset + 1] {
        case bang: return scanBang(base, offset, n, atEnd)
        case question: return scanDelimited(.processingInstruction, base, offset, n, bodyStart: offset + 2, terminator: (question, gt), atEnd)
        case slash: return scanEndTag(base, offset, n, atEnd)
        default: return scanStartTag(base, offset, n, atEnd)
        }
    }

    // MARK: - Markup forms

    /// The end of the name starting at `start`, and where its local part starts.
    @inline(__always)
    private static func scanName(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> (end: Int, local: Int) {
        var i = start
        var local = start
        while i < n, !isNameEnd(p[i]) {
            if p[i] == colon { local = i + 1 }
            i += 1
        }
        return (i, local)
    }

    private static func scanStartTag(_ p: UnsafePointer<UInt8>, _ offset: Int, _ n: Int, _ atEnd: Bool) -> XMLScanResult {
        let (nameEnd, local) = scanName(p, offset + 1, n)
        var i = nameEnd
        if nameEnd == offset + 1 { return .malformed("a '<' that does not start a tag") }
        var quote: UInt8 = 0
        while i < n {
            let c = p[i]
            if quote != 0 {
                if c == quote { quote = 0 } else if c == lt { return .malformed("a '<' inside an attribute value") }
            } else if c == gt {
                let empty = p[i - 1] == slash
                return .token(XMLToken(kind: empty ? .emptyElementTag : .startTag, start: offset, end: i + 1,
                                       nameStart: offset + 1, nameEnd: nameEnd, localNameStart: local))
            } else if c == dquote || c == squote {
                quote = c
            } else if c == lt {
                return .malformed("a tag that is never closed")
            }
            i += 1
        }
        return incomplete(atEnd, "a tag that is never closed")
    }

    private static func scanEndTag(_ p: UnsafePointer<UInt8>, _ offset: Int, _ n: Int, _ atEnd: Bool) -> XMLScanResult {
        let (nameEnd, local) = scanName(p, offset + 2, n)
        var i = nameEnd
        while i < n, isSpace(p[i]) { i += 1 }
        guard i < n else { return incomplete(atEnd, "an end tag that is never closed") }
        guard p[i] == gt, nameEnd > offset + 2 else { return .malformed("a malformed end tag") }
        return .token(XMLToken(kind: .endTag, start: offset, end: i + 1, nameStart: offset + 2, nameEnd: nameEnd, localNameStart: local))
    }

    private static func scanBang(_ p: UnsafePointer<UInt8>, _ offset: Int, _ n: Int, _ atEnd: Bool) -> XMLScanResult {
        switch prefixMatch(p, offset, n, commentOpen) {
        case .some(true):
            return scanDelimited(.comment, p, offset, n, bodyStart: offset + 4, terminator: (dash, dash), atEnd)
        case nil:
            return incomplete(atEnd, "an unfinished '<!'")
        case .some(false):
            break
        }
        switch prefixMatch(p, offset, n, cdataOpen) {
        case .some(true):
            return scanDelimited(.cdata, p, offset, n, bodyStart: offset + 9, terminator: (rbracket, rbracket), atEnd)
        case nil:
            return incomplete(atEnd, "an unfinished '<!'")
        case .some(false):
            break
        }
        // A declaration such as <!DOCTYPE …>, which may hold quoted strings and a [subset].
        var i = offset + 2
        var quote: UInt8 = 0
        var brackets = 0
        while i < n {
            let c = p[i]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == dquote || c == squote {
                quote = c
            } else if c == lbracket {
                brackets += 1
            } else if c == rbracket {
                brackets -= 1
            } else if c == gt && brackets <= 0 {
                return .token(XMLToken(kind: .declaration, start: offset, end: i + 1, nameStart: offset, nameEnd: offset, localNameStart: offset))
            }
            i += 1
        }
        return incomplete(atEnd, "a declaration that is never closed")
    }

    /// Finds `terminator.0 terminator.1 >` from `bodyStart` (`-->`, `]]>`, and `?>` written as
    /// `(?, >)` with the closing `>` implied by the pair).
    private static func scanDelimited(_ kind: XMLTokenKind, _ p: UnsafePointer<UInt8>, _ offset: Int, _ n: Int,
                                      bodyStart: Int, terminator: (UInt8, UInt8), _ atEnd: Bool) -> XMLScanResult {
        let twoByte = terminator.1 == gt
        var i = bodyStart
        while let g = find(gt, p, i, n) {
            if twoByte {
                if g - 1 >= bodyStart, p[g - 1] == terminator.0 {
                    return .token(XMLToken(kind: kind, start: offset, end: g + 1, nameStart: offset, nameEnd: offset, localNameStart: offset))
                }
            } else if g - 2 >= bodyStart, p[g - 1] == terminator.1, p[g - 2] == terminator.0 {
                return .token(XMLToken(kind: kind, start: offset, end: g + 1, nameStart: offset, nameEnd: offset, localNameStart: offset))
            }
            i = g + 1
        }
        return incomplete(atEnd, kind == .comment ? "a comment that is never closed" : "markup that is never closed")
    }

    // MARK: - Byte helpers

    @inline(__always)
    private static func incomplete(_ atEnd: Bool, _ what: String) -> XMLScanResult {
        atEnd ? .malformed("the part ends inside \(what)") : .needsMoreData
    }

    /// True, false, or nil when the buffer ends before the answer is known.
    private static func prefixMatch(_ p: UnsafePointer<UInt8>, _ offset: Int, _ n: Int, _ pattern: [UInt8]) -> Bool? {
        for k in 0..<pattern.count {
            if offset + k >= n { return nil }
            if p[offset + k] != pattern[k] { return false }
        }
        return true
    }

    @inline(__always)
    static func find(_ byte: UInt8, _ p: UnsafePointer<UInt8>, _ from: Int, _ n: Int) -> Int? {
        guard from < n, let hit = memchr(p + from, Int32(byte), n - from) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(p)
    }

    @inline(__always)
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }

    @inline(__always)
    static func isNameEnd(_ c: UInt8) -> Bool { c == gt || c == slash || isSpace(c) }

    static let lt = UInt8(ascii: "<")
    static let gt = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let bang = UInt8(ascii: "!")
    static let question = UInt8(ascii: "?")
    static let colon = UInt8(ascii: ":")
    static let dash = UInt8(ascii: "-")
    static let dquote = UInt8(ascii: "\"")
    static let squote = UInt8(ascii: "'")
    static let lbracket = UInt8(ascii: "[")
    static let rbracket = UInt8(ascii: "]")
    static let commentOpen: [UInt8] = Array("<!--".utf8)
    static let cdataOpen: [UInt8] = Array("<![CDATA[".utf8)
}
