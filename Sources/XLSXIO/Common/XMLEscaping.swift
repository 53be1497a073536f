/// Escaping for XML that sen2xl writes, and decoding of the five predefined entities and
/// character references in XML it reads byte by byte.
public enum XMLEscaping {
    /// Escapes `text` for element content: `&`, `<` and `>`, and characters XML cannot carry
    /// (written as OOXML `_xHHHH_` escapes, so the text survives a round trip).
    public static func text(_ text: String) -> String {
        escape(OOXMLEscapes.encode(text), quotes: false)
    }

    /// Escapes `value` for a double-quoted attribute: `&`, `<`, `>`, `"`, and tab, line feed
    /// and carriage return as character references (so attribute normalisation keeps them).
    public static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    private static func escape(_ s: String, quotes: Bool) -> String {
        var needs = false
        for u in s.utf8 where u == 0x26 || u == 0x3C || u == 0x3E || (quotes && (u == 0x22 || u == 0x09 || u == 0x0A || u == 0x0D)) {
            needs = true
            break
        }
        guard needs else { return s }
        // Work on UTF-8 bytes: every byte escaped here is ASCII, so multi-byte characters pass
        // through untouched.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 64)
        for u in s.utf8 {
            switch u {
            case 0x26: out += [0x26, 0x61, 0x6D, 0x70, 0x3B]                     // &amp;
            case 0x3C: out += [0x26, 0x6C, 0x74, 0x3B]                           // &lt;
            case 0x3E: out += [0x26, 0x67, 0x74, 0x3B]                           // &gt;
            case 0x22 where quotes: out += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            case 0x09 where quotes: out += [0x26, 0x23, 0x39, 0x3B]              // &#9;
            case 0x0A where quotes: out += [0x26, 0x23, 0x31, 0x30, 0x3B]        // &#10;
            case 0x0D where quotes: out += [0x26, 0x23, 0x31, 0x33, 0x3B]        // &#13;
            default: out.append(u)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes entity and character references in raw attribute or text bytes.
    /// Unknown references are kept as written.
    public static func decode(_ bytes: some Collection<UInt8>) -> String {
        let raw = Array(bytes)
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            guard raw[i] == UInt8(ascii: "&"), let semi = raw[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                out.append(raw[i])
                i += 1
                continue
            }
            let name = String(decoding: raw[(i + 1)..<semi], as: UTF8.self)
            if let scalar = reference(name) {
                OOXMLEscapes.appendUTF8(scalar, to: &out)
                i = semi + 1
            } else {
                out.append(raw[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func reference(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }
}
