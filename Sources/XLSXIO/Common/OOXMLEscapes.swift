/// The `_xHHHH_` escape that OOXML uses for characters XML cannot carry (control
/// characters, lone carriage returns) and, as `_x005F_`, for a literal underscore before `x`.
public enum OOXMLEscapes {
    /// Appends `source` to `out`, decoding `_xHHHH_` escapes (UTF-16 code units; surrogate
    /// pairs written as two escapes are joined; a lone surrogate becomes U+FFFD).
    @inline(__always)
    public static func appendDecoded(_ source: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard containsEscape(source) else {
            out.append(contentsOf: source)
            return
        }
        var i = 0
        let n = source.count
        while i < n {
            if let unit = escapeUnit(source, at: i) {
                i += 7
                var scalar: UInt32 = UInt32(unit)
                if (0xD800...0xDBFF).contains(unit) {
                    if let low = escapeUnit(source, at: i), (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                        i += 7
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00...0xDFFF).contains(unit) {
                    scalar = 0xFFFD
                }
                appendUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &out)
            } else {
                out.append(source[i])
                i += 1
            }
        }
    }

    /// Decodes escapes in a string.
    public static func decode(_ text: String) -> String {
        var out: [UInt8] = []
        var copy = text
        copy.withUTF8 { appendDecoded($0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Escapes what a cell string cannot hold literally in XML: control characters other than
    /// tab and line feed, and an underscore that would otherwise read as an escape.
    public static func encode(_ text: String) -> String {
        var needs = false
        for u in text.unicodeScalars where (u.value < 0x20 && u.value != 0x09 && u.value != 0x0A) || u == "_" || u.value == 0xFFFE || u.value == 0xFFFF {
            needs = true
            break
        }
        guard needs else { return text }
        var out = ""
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            if (u.value < 0x20 && u.value != 0x09 && u.value != 0x0A) || u.value == 0xFFFE || u.value == 0xFFFF {
                out += "_x" + hex4(u.value) + "_"
            } else if u == "_", looksLikeEscape(scalars, at: i) {
                out += "_x005F_"
            } else {
                out.unicodeScalars.append(u)
            }
            i += 1
        }
        return out
    }

    static func looksLikeEscape(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < s.count, s[i + 1] == "x", s[i + 6] == "_" else { return false }
        return (i + 2...i + 5).allSatisfy { s[$0].properties.isASCIIHexDigit }
    }

    static func hex4(_ v: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(v >> 12 & 0xF)], digits[Int(v >> 8 & 0xF)], digits[Int(v >> 4 & 0xF)], digits[Int(v & 0xF)]])
    }

    @inline(__always)
    static func containsEscape(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count >= 7 else { return false }
        for i in 0...(s.count - 7) where s[i] == UInt8(ascii: "_") && s[i + 1] == UInt8(ascii: "x") {
            if escapeUnit(s, at: i) != nil { return true }
        }
        return false
    }

    @inline(__always)
    static func escapeUnit(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt16? {
        guard i + 6 < s.count, s[i] == UInt8(ascii: "_"), s[i + 1] == UInt8(ascii: "x"), s[i + 6] == UInt8(ascii: "_") else { return nil }
        var v: UInt16 = 0
        for k in 2...5 {
            guard let h = PartName.hex(s[i + k]) else { return nil }
            v = v << 4 | UInt16(h)
        }
        return v
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        var buffer: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        let count = withUnsafeMutableBytes(of: &buffer) { raw -> Int in
            var n = 0
            UTF8.encode(scalar) { raw[n] = $0; n += 1 }
            return n
        }
        withUnsafeBytes(of: buffer) { out.append(contentsOf: $0.prefix(count)) }
    }
}
