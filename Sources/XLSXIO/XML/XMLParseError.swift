/// A part's XML could not be parsed.
///
/// Names the part and the position so that the user (or a support colleague) can find the
/// fault; OOXML parts are often a single line, so the column matters as much as the line.
public struct XMLParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The part (zip entry or file) being parsed.
    public var part: String
    /// 1-based line of the fault, or 0 when unknown.
    public var line: Int
    /// 1-based column of the fault, or 0 when unknown.
    public var column: Int
    /// The parser's explanation.
    public var message: String

    /// Creates an error.
    public init(part: String, line: Int = 0, column: Int = 0, message: String) {
        self.part = part
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var position = ""
        if line > 0 { position = " at line \(line)" + (column > 0 ? ", column \(column)" : "") }
        return "malformed XML in \(part)\(position): \(message)"
    }
}
