/// A cell's position, written `B7` in A1 notation.
///
/// Rows and columns are 1-based, as a user sees them: `A1` is row 1, column 1. The largest
/// reference Excel allows is `XFD1048576`.
public struct CellReference: Hashable, Sendable, Comparable, LosslessStringConvertible {
    /// 1-based row number.
    public var row: Int
    /// 1-based column number (A = 1).
    public var column: Int

    /// The largest row number a worksheet can have.
    public static let maxRow = 1_048_576
    /// The largest column number a worksheet can have (XFD).
    public static let maxColumn = 16_384

    /// Creates a reference from 1-based coordinates.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses A1 notation (`B7`, `xfd1048576`; `$` anchors are accepted and ignored).
    /// Returns nil for anything else, including ranges and out-of-bounds references.
    public init?(_ description: String) {
        var utf8 = Array(description.utf8)
        utf8.removeAll { $0 == UInt8(ascii: "$") }
        guard let parsed = utf8.withUnsafeBufferPointer({ CellReference.parse($0) }) else { return nil }
        self = parsed
    }

    /// Parses A1 notation from raw bytes without allocating.
    @inline(__always)
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CellReference? {
        var i = 0
        var column = 0
        while i < bytes.count {
            var b = bytes[i]
            if b >= 97 && b <= 122 { b -= 32 }
            guard b >= 65 && b <= 90 else { break }
            column = column * 26 + Int(b - 64)
            if column > maxColumn { return nil }
            i += 1
        }
        guard column > 0, i < bytes.count else { return nil }
        var row = 0
        while i < bytes.count {
            let b = bytes[i]
            guard b >= 48 && b <= 57 else { return nil }
            row = row * 10 + Int(b - 48)
            if row > maxRow { return nil }
            i += 1
        }
        guard row > 0, bytes[bytes.count - 1] >= 48 else { return nil }
        return CellReference(row: row, column: column)
    }

    /// The column letters for a 1-based column number (1 → `A`, 16384 → `XFD`).
    public static func columnLetters(_ column: Int) -> String {
        precondition(column >= 1, "columns are 1-based")
        var n = column
        var letters: [UInt8] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(UInt8(65 + r))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The 1-based column number for column letters (`A` → 1), or nil.
    public static func columnNumber(_ letters: String) -> Int? {
        var column = 0
        for b in letters.utf8 {
            var c = b
            if c >= 97 && c <= 122 { c -= 32 }
            guard c >= 65 && c <= 90 else { return nil }
            column = column * 26 + Int(c - 64)
            if column > maxColumn { return nil }
        }
        return column == 0 ? nil : column
    }

    /// The reference in A1 notation.
    public var description: String { CellReference.columnLetters(column) + String(row) }

    public static func < (a: CellReference, b: CellReference) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}
