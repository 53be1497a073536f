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
    /// The largest size, in bytes, of a part that is read whole into memory (the workbook,
    /// styles and relationships parts; worksheets are streamed and never read whole).
    public var maxWholePartSize: Int64
    /// The most cell text, in bytes, that one worksheet row may hold. Rows are delivered whole,
    /// so this bounds the memory one row (or one enormous cell) can take.
    public var maxRowBytes: Int

    /// Creates limits.
    public init(
        maxPartSize: Int64 = 4 << 30,
        maxCompressionRatio: Double = 1000,
        ratioCheckThreshold: Int64 = 8 << 20,
        maxSharedStringBytes: Int = 1 << 30,
        maxWholePartSize: Int64 = 128 << 20,
        maxRowBytes: Int = 64 << 20
    ) {
        self.maxPartSize = maxPartSize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckThreshold = ratioCheckThreshold
        self.maxSharedStringBytes = maxSharedStringBytes
        self.maxWholePartSize = maxWholePartSize
        self.maxRowBytes = maxRowBytes
    }

    /// The limits used when the caller does not choose.
    public static let standard = ReadLimits()
}
