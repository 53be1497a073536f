/// The text encodings sen2xl accepts for CSV input.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// Windows-1252 ("ANSI" on English Windows; what Excel writes for "CSV" without UTF-8).
    case windows1252 = "windows-1252"

    /// Unicode scalars for bytes 0x80–0x9F in Windows-1252 (the rest match Latin-1).
    static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes `bytes` in this encoding.
    func decode(_ bytes: ArraySlice<UInt8>) -> String {
        switch self {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
            var s = String.UnicodeScalarView()
            for b in bytes {
                let v: UInt32 = (0x80...0x9F).contains(b) ? TextEncoding.cp1252High[Int(b) - 0x80] : UInt32(b)
                s.append(Unicode.Scalar(v)!)
            }
            return String(s)
        }
    }
}
