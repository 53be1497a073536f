/// Whether a year's return asks for an item.
public enum Requirement: Hashable, Sendable {
    /// Every record must have it.
    case required
    /// Needed in the circumstances described (in plain words, for the template's notes).
    case conditional(String)
    /// The LA may give it; nothing depends on it.
    case voluntary
    /// Not collected this year; the element is never written.
    case absent

    /// True unless ``absent``.
    public var isCollected: Bool { self != .absent }

    /// A short phrase for notes and documentation.
    public var summary: String {
        switch self {
        case .required: return "Required."
        case .conditional(let when): return "Required " + when + "."
        case .voluntary: return "Voluntary."
        case .absent: return "Not collected this year."
        }
    }
}
