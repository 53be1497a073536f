/// One change sen2xl made to a small part, recorded with what is needed to take it back.
///
/// Every case has an exact inverse when the part is as sen2xl left it, and a safe one when
/// the user has edited it since: an edit is undone only while its result is still there.
enum PartEdit: Hashable, Sendable {
    /// A child was inserted into the element at the path. Undo removes one child with exactly
    /// these bytes (known by their fingerprint).
    case insertedChild(ElementPath, ContentFingerprint)
    /// Children (one fingerprint each) were appended at the end of an element whose children
    /// are addressed by position (cell formats, fills, fonts). Undo removes them only while
    /// they are still the last children, so no other position shifts.
    case appendedIndexedChildren(ElementPath, [ContentFingerprint])
    /// The attribute `name` was set to `applied`; it was `original` (nil: absent).
    case changedAttribute(ElementPath, name: String, original: String?, applied: String)
    /// The element's content (raw bytes between its tags) was `original` and became `applied`.
    case changedContent(ElementPath, original: String, applied: String)
    /// The element was written `<name …/>` and sen2xl opened it to add children. Undo closes
    /// it again once it is empty.
    case expanded(ElementPath)
}

/// The changes to one small part, or the record that sen2xl created the part.
struct PartRecord: Hashable, Sendable {
    /// The part's name in the package.
    var part: String
    /// True when sen2xl created the part.
    var created: Bool
    /// For a created part: the local name of the elements whose absence makes the part empty,
    /// so it is deleted once undoing leaves none of them (nil: always delete).
    var contentElement: String?
    /// The changes, in the order they were made.
    var edits: [PartEdit]
}
