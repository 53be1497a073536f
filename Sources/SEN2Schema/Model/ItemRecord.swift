import XLSXIO

/// A record whose items can be read and written by ``Item``, so that the template writer,
/// XML writer, sheet reader and validator work from the year declarations rather than from
/// hand-written code per item.
///
/// Each record type maps its items to its fields in one place (`Person+Items.swift` …).
public protocol ItemRecord: Sendable {
    /// The table the record's rows live in.
    static var table: Table { get }
    /// Where the record came from.
    var origin: RecordOrigin { get set }
    /// The state and text of `item`; ``FieldText/absent`` for items of other tables.
    func field(_ item: Item) -> FieldText
    /// Reads `item` from cell input, keeping unreadable text as invalid.
    ///
    /// - Returns: false when the input could not be read as the item's kind (the field is
    ///   then ``Field/invalid(raw:)``) or when the item is not one of this record's.
    @discardableResult
    mutating func read(_ item: Item, from input: CellValue) -> Bool
}

/// An item's value as text, with its state.
public enum FieldText: Hashable, Sendable {
    /// No value.
    case absent
    /// A valid value, as the return writes it.
    case value(String)
    /// An unreadable value, as it was written.
    case invalid(String)

    /// The text to write (value or raw), or nil when absent.
    public var text: String? {
        switch self {
        case .absent: return nil
        case .value(let t), .invalid(let t): return t
        }
    }
}

extension Field {
    /// The field as ``FieldText``.
    @inlinable public var fieldText: FieldText {
        switch self {
        case .absent: return .absent
        case .value(let v): return .value(v.text)
        case .invalid(let raw): return .invalid(raw)
        }
    }

    /// Replaces the field by reading `input`; returns false when the input was unreadable.
    @discardableResult
    public mutating func read(_ input: CellValue) -> Bool {
        self = Field(reading: input)
        if case .invalid = self { return false }
        return true
    }
}
