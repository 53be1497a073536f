/// Decoding of the five predefined entities and character references in XML that sen2xl reads
/// byte by byte (escaping what it writes is ``XMLText``'s job).
public enum XMLEntities {
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
