/// Bounds that protect the reader from hostile workbooks (zip bombs, reference bombs).
///
/// The defaults are generous for real returns (a 640,000-person workbook has sheets of a few
/// hundred megabytes) and small enough that a crafted file fails quickly with a clear error.
public struct ReadLimits: Sendable, Hashable {
    /// The largest size, in bytes, that any single part may inflate to.
    public var maxPartSize: Int64
    /// The largest inflated-to-compressed ratio accepted for parts bigger than
    /// ``ratioCheckThreshold``. Excel's own XML rarely exceeds 30:1; 1000:1 is a bomb.
    public var maxCompressionRatio: Double
    /// Parts smaller than this many bytes are never ratio-checked (tiny parts compress oddly).
    public var ratioCheckThreshold: Int64
    /// The largest total size, in bytes, of the shared-string table's text.
    public var maxSharedStringBytes: Int

    /// Creates limits.
    public init(
        maxPartSize: Int64 = 4 << 30,
        maxCompressionRatio: Double = 1000,
        ratioCheckThreshold: Int64 = 8 << 20,
        maxSharedStringBytes: Int = 1 << 30
    ) {
        self.maxPartSize = maxPartSize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckThreshold = ratioCheckThreshold
        self.maxSharedStringBytes = maxSharedStringBytes
    }

    /// The limits used when the caller does not choose.
    public static let standard = ReadLimits()
}
