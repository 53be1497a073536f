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
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\t" where quotes: out += "&#9;"
            case "\n" where quotes: out += "&#10;"
            case "\r" where quotes: out += "&#13;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
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
