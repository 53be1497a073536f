/// Stores a large optional child record out of line, so that a parent stays small when the
/// child is absent (most requests have no named plan) and arrays of parents move less memory.
///
/// Mutating through the property (`request.activePlans?.placements.append(p)`) releases the
/// box first, so the child's arrays stay uniquely referenced and change in place.
@propertyWrapper
public struct OutOfLine<Value: Hashable & Sendable>: Hashable, Sendable {
    private var box: Boxed<Value>?

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Value?) { box = wrappedValue.map(Boxed.init) }

    /// The child record, if any.
    public var wrappedValue: Value? {
        get { box?.value }
        set { box = newValue.map(Boxed.init) }
        _modify {
            var value = box?.value
            box = nil
            defer { box = value.map(Boxed.init) }
            yield &value
        }
    }
}

/// An immutable heap box; a parent replaces it to change the child, keeping value semantics.
final class Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }

    static func == (a: Boxed, b: Boxed) -> Bool { a === b || a.value == b.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
