import XLSXIO

/// One item's value on a record: absent, a valid value, or text that could not be read.
///
/// Text that cannot be read as the item's kind (an impossible date such as 31/02/2024, an
/// unknown code) is kept as ``invalid(raw:)`` so that the validator can report it and the user
/// can fix it at its source; it is never guessed at or dropped.
public enum Field<Value: ItemValue>: Hashable, Sendable {
    /// No value given.
    case absent
    /// A valid value.
    case value(Value)
    /// A value that could not be read, as it was written.
    case invalid(raw: String)

    /// The valid value, or nil.
    @inlinable public var value: Value? {
        if case .value(let v) = self { return v }
        return nil
    }

    /// True when no value was given.
    @inlinable public var isAbsent: Bool {
        if case .absent = self { return true }
        return false
    }

    /// True when something was given, valid or not.
    @inlinable public var isPresent: Bool { !isAbsent }

    /// Reads a field from cell input: empty input is absent, unreadable input is kept raw.
    public init(reading input: CellValue) {
        switch input {
        case .empty: self = .absent
        case .string(let s) where s.trimmingSpaces.isEmpty: self = .absent
        default:
            if let v = Value.read(input) { self = .value(v) } else { self = .invalid(raw: input.text.trimmingSpaces) }
        }
    }

    /// The text written to the return and the template: the value's text, the raw text of an
    /// invalid value, or nil when absent.
    public var text: String? {
        switch self {
        case .absent: return nil
        case .value(let v): return v.text
        case .invalid(let raw): return raw
        }
    }
}

extension Field: ExpressibleByNilLiteral {
    /// `nil` is ``absent``.
    public init(nilLiteral: ()) { self = .absent }
}
