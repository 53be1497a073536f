/// Resolution of OPC part names (zip entry names) and relationship targets.
public enum PartName {
    /// The relationships part that belongs to `part` (`xl/workbook.xml` →
    /// `xl/_rels/workbook.xml.rels`; the package itself, `""`, → `_rels/.rels`).
    public static func relationshipsPart(for part: String) -> String {
        let (folder, file) = split(part)
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
    }

    /// The folder and file name of a part.
    public static func split(_ part: String) -> (folder: String, file: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }

    /// Resolves a relationship `target` written in `sourcePart`'s relationships.
    ///
    /// Absolute targets (`/xl/worksheets/sheet1.xml`) are taken from the package root;
    /// relative ones from the source part's folder, with `.` and `..` segments applied.
    /// Percent-escapes are decoded, since zip entry names hold the decoded names.
    public static func resolve(target: String, from sourcePart: String) -> String {
        let decoded = percentDecoded(target)
        var segments: [Substring]
        if decoded.hasPrefix("/") {
            segments = []
        } else {
            segments = split(sourcePart).folder.split(separator: "/", omittingEmptySubsequences: true)
        }
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// The target to write in `sourcePart`'s relationships so that it points at `part`.
    public static func relativeTarget(to part: String, from sourcePart: String) -> String {
        let from = split(sourcePart).folder.split(separator: "/").map(String.init)
        let to = part.split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...]).joined(separator: "/")
    }

    static func percentDecoded(_ s: String) -> String {
        guard s.contains("%") else { return s }
        var out: [UInt8] = []
        let u = Array(s.utf8)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "%"), i + 2 < u.count, let h = hex(u[i + 1]), let l = hex(u[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(u[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: return b - 48
        case 65...70: return b - 55
        case 97...102: return b - 87
        default: return nil
        }
    }
}
