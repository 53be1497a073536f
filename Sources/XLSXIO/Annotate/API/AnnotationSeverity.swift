/// How serious an annotation is, which decides the cell's highlight.
public enum AnnotationSeverity: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Must be fixed before the return is submitted: the cell is filled light red.
    case error
    /// Should be checked (it may be right): the cell is filled amber.
    case query
    /// For information: a note is added, the cell keeps its look.
    case info

    /// The solid fill colour (ARGB) sen2xl uses for this severity, or nil for no fill. The
    /// values are sen2xl's own, not Excel presets, so that its highlights are recognisable.
    public var fillARGB: String? {
        switch self {
        case .error: return "FFF9C6C3"
        case .query: return "FFFCDD94"
        case .info: return nil
        }
    }

    /// The word that starts the annotation's line in a note.
    public var label: String {
        switch self {
        case .error: return "Error"
        case .query: return "Query"
        case .info: return "Info"
        }
    }

    private var rank: Int {
        switch self {
        case .error: return 2
        case .query: return 1
        case .info: return 0
        }
    }

    /// Orders by seriousness: `info < query < error`.
    public static func < (a: AnnotationSeverity, b: AnnotationSeverity) -> Bool { a.rank < b.rank }
}
