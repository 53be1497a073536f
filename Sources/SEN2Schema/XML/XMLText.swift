/// Escaping for XML text content.
enum XMLText {
    /// `text` with `&`, `<` and `>` escaped, and the control characters XML 1.0 cannot hold
    /// (anything below U+0020 but tab, line feed and carriage return) left out.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || ($0 < 32 && $0 != 9 && $0 != 10 && $0 != 13) }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                if scalar.value < 32 && scalar.value != 9 && scalar.value != 10 && scalar.value != 13 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
