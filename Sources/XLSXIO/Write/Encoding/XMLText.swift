/// XML escaping for everything the writer emits, in one place.
///
/// Three flavours, because XML and OOXML treat characters differently by position:
/// - cell text (shared strings, inline strings, note text): `&`, `<`, `>` as entities, and
///   what XML 1.0 cannot carry (control characters, a carriage return, which parsers would
///   turn into a line feed, U+FFFE/U+FFFF) as OOXML `_xHHHH_` escapes, with a literal
///   underscore that would read as an escape written `_x005F_` (as ``OOXMLEscapes`` decodes);
/// - element text elsewhere (formulas, names, properties): entities only, and characters XML
///   cannot carry are left out;
/// - attribute values: entities including `"`, and tab, line feed and carriage return as
///   character references so that attribute-value normalisation keeps them.
public enum XMLText {
    /// `text` escaped for element content outside cells.
    public static func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        var copy = text
        copy.withUTF8 { appendEscaped($0, to: &out, attribute: false) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` escaped for a double-quoted attribute value.
    public static func attribute(_ text: String) -> String {
        var out: [UInt8] = []
        var copy = text
        copy.withUTF8 { appendEscaped($0, to: &out, attribute: true) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` escaped as cell text (see the type's discussion).
    public static func cellText(_ text: String) -> String {
        var out: [UInt8] = []
        var copy = text
        copy.withUTF8 { bytes in
            appendCellText(bytes) { chunk in out.append(contentsOf: chunk) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A `<t>` element holding `text` as cell text, with `xml:space="preserve"` when the text
    /// starts or ends with white space (which parsers would otherwise be free to drop).
    public static func textElement(_ text: String) -> String {
        let preserve = needsSpacePreserve(text)
        return (preserve ? "<t xml:space=\"preserve\">" : "<t>") + cellText(text) + "</t>"
    }

    /// True when `text` starts or ends with a space, tab, line feed or carriage return.
    public static func needsSpacePreserve(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        return isSpace(first) || isSpace(last)
    }

    /// True when `bytes` start or end with a space, tab, line feed or carriage return.
    @inline(__always)
    static func needsSpacePreserve(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        return isSpace(first) || isSpace(last)
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }

    /// Emits `bytes` as cell text through `emit`, in as few chunks as possible: runs of bytes
    /// that need no escaping are passed through unchanged.
    @inline(__always)
    static func appendCellText(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        let n = bytes.count
        var start = 0
        var i = 0
        while i < n {
            let b = bytes[i]
            // Only these bytes can start something that needs escaping; everything else,
            // including the rest of multi-byte UTF-8, passes through.
            guard b < 0x20 || b == 0x3C || b == 0x3E || b == 0x26 || b == 0x5F || b == 0xEF else {
                i += 1
                continue
            }
            var replacement: StaticString?
            var escapeUnit: UInt32?
            var consumed = 1
            switch b {
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x26: replacement = "&amp;"
            case 0x09, 0x0A: break
            case 0x5F:
                if looksLikeEscape(bytes, at: i) { replacement = "_x005F_" }
            case 0xEF:
                if i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF {
                    escapeUnit = bytes[i + 2] == 0xBE ? 0xFFFE : 0xFFFF
                    consumed = 3
                }
            default:
                escapeUnit = UInt32(b)
            }
            guard replacement != nil || escapeUnit != nil else {
                i += 1
                continue
            }
            if start < i { emit(UnsafeBufferPointer(rebasing: bytes[start..<i])) }
            if let replacement {
                replacement.withUTF8Buffer { emit($0) }
            } else if let unit = escapeUnit {
                var escape: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
                    (0x5F, 0x78, hexDigit(unit >> 12), hexDigit(unit >> 8), hexDigit(unit >> 4), hexDigit(unit), 0x5F)
                withUnsafeBytes(of: &escape) { raw in emit(raw.bindMemory(to: UInt8.self)) }
            }
            i += consumed
            start = i
        }
        if start < n { emit(UnsafeBufferPointer(rebasing: bytes[start..<n])) }
    }

    @inline(__always)
    static func hexDigit(_ v: UInt32) -> UInt8 {
        let d = UInt8(v & 0xF)
        return d < 10 ? 48 + d : 55 + d
    }

    /// True when the underscore at `i` starts `_xHHHH_`, which a reader would decode.
    @inline(__always)
    static func looksLikeEscape(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 6 < s.count, s[i + 1] == UInt8(ascii: "x"), s[i + 6] == UInt8(ascii: "_") else { return false }
        for k in 2...5 where PartName.hex(s[i + k]) == nil { return false }
        return true
    }

    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], attribute: Bool) {
        out.reserveCapacity(out.count + bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x22 where attribute: out.append(contentsOf: "&quot;".utf8)
            case 0x09 where attribute: out.append(contentsOf: "&#9;".utf8)
            case 0x0A where attribute: out.append(contentsOf: "&#10;".utf8)
            case 0x0D: out.append(contentsOf: "&#13;".utf8)
            case 0x09, 0x0A: out.append(b)
            case 0x00..<0x20: break
            case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                i += 2
            default: out.append(b)
            }
            i += 1
        }
    }
}
