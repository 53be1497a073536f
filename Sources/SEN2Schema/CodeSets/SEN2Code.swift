/// One code of an official SEN2 code set: the code written in the XML and its label.
///
/// Every code set is an enum whose raw value is the official code. Codes that were added or
/// withdrawn in a given collection year say so through ``firstYear`` and ``lastYear``, and
/// codes whose wording changed say so through ``label(in:)``, so one enum serves every year.
public protocol SEN2Code: ItemValue, RawRepresentable, CaseIterable where RawValue == String {
    /// The code set this code belongs to.
    static var codeSet: CodeSetID { get }
    /// The label in the code list of collection year `year`.
    func label(in year: Int) -> String
    /// The first collection year whose code list has this code.
    var firstYear: Int { get }
    /// The last collection year whose code list has this code, or nil while it is current.
    var lastYear: Int? { get }
    /// The code set's lookup tables, built once (declare as `static let lookup = CodeLookup<Self>()`).
    static var lookup: CodeLookup<Self> { get }
}

extension SEN2Code {
    /// The official code, as written in the XML.
    public var code: String { rawValue }
    /// By default a code has been in the list since the person-level collection began.
    public var firstYear: Int { 2023 }
    /// By default a code is still current.
    public var lastYear: Int? { nil }

    /// The label in the latest code list.
    public var label: String { label(in: Int.max) }

    /// True when the code list of collection year `year` has this code.
    public func isValid(in year: Int) -> Bool {
        year >= firstYear && year <= (lastYear ?? Int.max)
    }

    /// `CODE – label`, the form used in the template's dropdowns.
    public func codeAndLabel(in year: Int) -> String { code + " – " + label(in: year) }

    /// The codes valid in collection year `year`, in official order.
    public static func entries(in year: Int) -> [CodeEntry] {
        allCases.filter { $0.isValid(in: year) }.map { CodeEntry(code: $0.code, label: $0.label(in: year)) }
    }

    /// Reads a code written as the code itself (any case), as `CODE – label` (any dash or a
    /// colon between them), or as the label alone (ignoring case, spacing and punctuation).
    /// Labels of every year are accepted, so a 2024 wording still reads in 2025.
    ///
    /// - Returns: nil when the text is none of these; the caller keeps the raw text.
    public static func read(text: String) -> Self? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        if let exact = lookup.code(trimmed) { return exact }
        if let head = CodeText.leadingCode(of: trimmed), let code = lookup.code(head) {
            return code
        }
        let key = CodeText.matchKey(trimmed)
        return key.isEmpty ? nil : lookup.byLabel[key]
    }
}

/// The lookup tables of one code set: codes and every year's labels, built once.
public struct CodeLookup<Code: SEN2Code>: Sendable {
    let byCode: [String: Code]
    let byLabel: [String: Code]
    /// The longest code, so that text longer than any code (a label) is never upper-cased
    /// just to be looked up: reading a workbook of `CODE – label` values does this per cell.
    let longestCode: Int

    /// The code spelled `text` in any case.
    func code(_ text: String) -> Code? {
        if let exact = byCode[text] { return exact }
        guard text.utf8.count <= longestCode else { return nil }
        return byCode[text.uppercased()]
    }

    /// Builds the tables from the code set's cases.
    public init() {
        var codes: [String: Code] = [:]
        var labels: [String: Code] = [:]
        let years = CollectionYear.allCases.map(\.rawValue) + [Int.max]
        for code in Code.allCases {
            codes[code.rawValue] = code
            for year in years {
                let key = CodeText.matchKey(code.label(in: year))
                if labels[key] == nil { labels[key] = code }
            }
        }
        byCode = codes
        byLabel = labels
        longestCode = codes.keys.map(\.utf8.count).max() ?? 0
    }
}

/// A code and its label, as listed in a template dropdown or an XSD enumeration.
public struct CodeEntry: Hashable, Sendable {
    /// The official code.
    public var code: String
    /// The label.
    public var label: String
}

/// Text helpers shared by code and header matching.
enum CodeText {
    /// Lower-case letters and digits only, so "White - British" and "white british" agree.
    static func matchKey(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: out.unicodeScalars.append(scalar)
            case 0x41...0x5A: out.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            default:
                if scalar.properties.isAlphabetic { out += String(scalar).lowercased() }
            }
        }
        return out
    }

    /// The code before a separator in `CODE – label`, `CODE - label` or `CODE: label`.
    static func leadingCode(of text: String) -> String? {
        let separators: Set<Character> = ["–", "—", "-", ":"]
        guard let cut = text.firstIndex(where: { separators.contains($0) }) else { return nil }
        let head = text[..<cut].trimmingSpaces
        return head.isEmpty ? nil : head
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs, line breaks and no-break spaces.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
        // Most values have nothing to trim: check the ends before walking characters.
        let whole = String(self)
        if let first = whole.utf8.first, let last = whole.utf8.last, first > 32, last > 32, first < 128, last < 128 { return whole }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
