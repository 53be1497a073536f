/// What a number format does to a numeric cell, as far as reading values is concerned.
public enum NumberFormatKind: Hashable, Sendable {
    /// A plain number (General, `0.00`, percentages, text `@`, …).
    case number
    /// A calendar date without a time.
    case date
    /// A time of day without a date.
    case time
    /// A date with a time.
    case dateTime
    /// An elapsed duration such as `[h]:mm` (hours can exceed 24; not a date).
    case duration

    /// Classifies a built-in number format id (ECMA-376 §18.8.30).
    ///
    /// Ids 14–17 are dates, 18–21 and 45 and 47 times, 22 a date-time and 46 (`[h]:mm:ss`)
    /// a duration; every other built-in id is numeric.
    public static func builtIn(_ id: Int) -> NumberFormatKind {
        switch id {
        case 14...17: return .date
        case 18...21, 45, 47: return .time
        case 22: return .dateTime
        case 46: return .duration
        default: return .number
        }
    }

    /// Classifies a format code such as `dd/mm/yyyy`, `[h]:mm` or `0.00;[Red]-0.00`.
    ///
    /// Looks for date and time tokens outside quoted text, `\`-escapes, `_`/`*` padding and
    /// bracketed sections; `[h]`, `[m]` and `[s]` make it a duration. `E+`/`E-` (scientific
    /// notation) and the word `General` are not date tokens.
    public static func classify(formatCode: String) -> NumberFormatKind {
        let s = Array(formatCode.utf8)
        var hasDate = false
        var hasTime = false
        var hasElapsed = false
        var hasBareMonthOrMinute = false
        var i = 0
        while i < s.count {
            let c = s[i]
            switch c {
            case UInt8(ascii: "\""):
                i += 1
                while i < s.count && s[i] != UInt8(ascii: "\"") { i += 1 }
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                i += 1
            case UInt8(ascii: "["):
                var j = i + 1
                var inner: [UInt8] = []
                while j < s.count && s[j] != UInt8(ascii: "]") { inner.append(s[j] | 0x20); j += 1 }
                if !inner.isEmpty, inner.allSatisfy({ $0 == UInt8(ascii: "h") || $0 == UInt8(ascii: "m") || $0 == UInt8(ascii: "s") }) {
                    hasElapsed = true
                }
                i = j
            case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "y"), UInt8(ascii: "Y"):
                hasDate = true
            case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "s"), UInt8(ascii: "S"):
                hasTime = true
            case UInt8(ascii: "m"), UInt8(ascii: "M"):
                hasBareMonthOrMinute = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                // Scientific notation (E+ / E-) is numeric; "e" as an era-year token is dated.
                if i + 1 < s.count, s[i + 1] == UInt8(ascii: "+") || s[i + 1] == UInt8(ascii: "-") { i += 1 }
            case UInt8(ascii: "G"), UInt8(ascii: "g"):
                if i + 7 <= s.count, String(decoding: s[i..<min(i + 7, s.count)], as: UTF8.self).lowercased() == "general" {
                    i += 6
                }
            case UInt8(ascii: "A"), UInt8(ascii: "a"):
                // AM/PM and A/P mark a clock time.
                let rest = String(decoding: s[i..<min(i + 5, s.count)], as: UTF8.self).uppercased()
                if rest.hasPrefix("AM/PM") { hasTime = true; i += 4 } else if rest.hasPrefix("A/P") { hasTime = true; i += 2 }
            case UInt8(ascii: ";"):
                // Only the first (positive) section decides; later sections repeat it.
                i = s.count
                continue
            default:
                break
            }
            i += 1
        }
        if hasElapsed { return .duration }
        if hasBareMonthOrMinute && !hasTime { hasDate = true }
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        default: return .number
        }
    }
}
