/// Excel's rules for sheet names.
public enum SheetName {
    /// The longest sheet name, in UTF-16 code units: Excel counts those, not characters, so
    /// an emoji (two units) or an accent written as a combining mark uses up two.
    public static let maxLength = 31

    /// Characters a sheet name cannot contain.
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Why `name` cannot be a sheet name, or nil when it can.
    public static func problem(with name: String) -> String? {
        if name.isEmpty { return "a sheet name cannot be empty" }
        if name.utf16.count > maxLength {
            return "a sheet name can have at most \(maxLength) characters as Excel counts them (an emoji or a combining accent counts as two); this one has \(name.utf16.count)"
        }
        if let c = name.first(where: { forbidden.contains($0) }) { return "a sheet name cannot contain '\(c)'" }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "a sheet name cannot start or end with an apostrophe" }
        if name.lowercased() == "history" { return "Excel reserves the sheet name 'History'" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 }) { return "a sheet name cannot contain control characters" }
        return nil
    }

    /// `name` made into a valid sheet name: forbidden characters become `_`, and it is cut to
    /// ``maxLength`` UTF-16 units on a character boundary (an empty result becomes `Sheet1`).
    public static func sanitised(_ name: String) -> String {
        var s = String(name.map { forbidden.contains($0) || ($0.unicodeScalars.first?.value ?? 32) < 0x20 ? "_" : $0 })
        while s.hasPrefix("'") { s.removeFirst() }
        s = prefix(s, utf16Units: maxLength)
        while s.hasSuffix("'") { s.removeLast() }
        if s.isEmpty || s.lowercased() == "history" { return "Sheet1" }
        return s
    }

    /// The longest run of whole characters at the start of `s` that fits in `units` UTF-16
    /// code units, so that a cut never splits an emoji or separates an accent from its letter.
    static func prefix(_ s: String, utf16Units units: Int) -> String {
        var out = ""
        var used = 0
        for c in s {
            let n = c.utf16.count
            if used + n > units { break }
            out.append(c)
            used += n
        }
        return out
    }

    /// The name as a formula refers to it: quoted (`'My data'`, with apostrophes doubled)
    /// unless it is a plain ASCII word that cannot be mistaken for a cell reference. Quoting
    /// is always allowed, so anything unusual is quoted.
    public static func quotedForFormula(_ name: String) -> String {
        let plain = name.utf8.first.map { isLetter($0) || $0 == UInt8(ascii: "_") } ?? false
            && name.utf8.allSatisfy { isLetter($0) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") }
            && CellReference(name) == nil && !looksLikeR1C1(name)
        if plain { return name }
        var quoted = "'"
        for c in name {
            quoted.append(c)
            if c == "'" { quoted.append("'") }
        }
        return quoted + "'"
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }

    private static func looksLikeR1C1(_ name: String) -> Bool {
        let u = name.uppercased()
        return u.hasPrefix("R") || u.hasPrefix("C")
    }
}
