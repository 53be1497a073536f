/// Normalises names for comparison: lower case, accents removed, and only letters kept, so
/// "O'Brien", "o brien" and "OBRIEN" agree, and "Zoë" matches "Zoe".
enum NameText {
    /// The letters of `name`, lower-cased and without accents, as bytes.
    static func normalised(_ name: String?) -> [UInt8] {
        guard let name else { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x61...0x7A: out.append(UInt8(v))
            case 0x41...0x5A: out.append(UInt8(v + 32))
            case 0..<0x80: continue
            default:
                guard scalar.properties.isAlphabetic else { continue }
                if let base = latinBase(v) {
                    out.append(contentsOf: base.utf8)
                } else {
                    out.append(contentsOf: String(scalar).lowercased().utf8)
                }
            }
        }
        return out
    }

    /// The unaccented letters of the Latin-1 and Latin Extended-A letters that names use.
    private static func latinBase(_ v: UInt32) -> String? {
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return "a"
        case 0xC6, 0xE6: return "ae"
        case 0xC7, 0xE7, 0x106...0x10D: return "c"
        case 0x10E...0x111, 0xD0, 0xF0: return "d"
        case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return "e"
        case 0x11C...0x123: return "g"
        case 0x124...0x127: return "h"
        case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return "i"
        case 0x134, 0x135: return "j"
        case 0x136...0x138: return "k"
        case 0x139...0x142: return "l"
        case 0xD1, 0xF1, 0x143...0x14B: return "n"
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: return "o"
        case 0x152, 0x153: return "oe"
        case 0x154...0x159: return "r"
        case 0x15A...0x161, 0xDF: return "s"
        case 0x162...0x167: return "t"
        case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: return "u"
        case 0x174, 0x175: return "w"
        case 0xDD, 0xFD, 0xFF, 0x176...0x178: return "y"
        case 0x179...0x17E: return "z"
        default: return nil
        }
    }
}
