/// How one zip entry is stored.
///
/// Deflate levels follow zlib: 1 is fastest, 9 smallest. On the 200,000 × 20 benchmark sheet
/// level 1 deflates about three times faster than level 6 for a file about a fifth larger.
public enum EntryCompression: Hashable, Sendable {
    /// Stored without compression (zip method 0).
    case store
    /// Deflated (zip method 8) at zlib level 1…9.
    case deflate(level: Int)

    /// zlib level 1: the fastest deflate, for large generated outputs.
    public static let fastest = EntryCompression.deflate(level: 1)
    /// zlib level 6: zlib's own default balance of size and speed.
    public static let balanced = EntryCompression.deflate(level: 6)

    /// Maps a single 0…9 level, as a command-line option takes it: 0 stores, 1…9 deflate.
    /// Returns nil outside 0…9.
    public init?(level: Int) {
        switch level {
        case 0: self = .store
        case 1...9: self = .deflate(level: level)
        default: return nil
        }
    }
}
