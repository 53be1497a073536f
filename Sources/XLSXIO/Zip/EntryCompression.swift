/// How one zip entry is stored.
///
/// Deflate levels follow zlib: 1 is fastest, 9 smallest. Measured on the 200,000 × 20
/// benchmark sheet (BENCHMARKS.md): level 1 writes the workbook in 1.35 s (35.1 MB), level 4
/// in 1.76 s (31.2 MB), level 6 in 3.55 s (28.7 MB). Level 4 is the default: nearly level 6's
/// size at half its time.
public enum EntryCompression: Hashable, Sendable {
    /// Stored without compression (zip method 0).
    case store
    /// Deflated (zip method 8) at zlib level 1…9.
    case deflate(level: Int)

    /// zlib level 1: the fastest deflate, for large generated outputs.
    public static let fastest = EntryCompression.deflate(level: 1)
    /// zlib level 4: the default (see the measurements above).
    public static let standard = EntryCompression.deflate(level: 4)
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
