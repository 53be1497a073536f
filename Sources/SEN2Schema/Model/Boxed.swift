/// Holds a large optional child record out of line, so that a parent stays small when the
/// child is absent (most requests have no named plan) and arrays of parents move less memory.
///
/// Immutable: a parent replaces the box to change the child, which keeps value semantics.
final class Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }

    static func == (a: Boxed, b: Boxed) -> Bool { a === b || a.value == b.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
