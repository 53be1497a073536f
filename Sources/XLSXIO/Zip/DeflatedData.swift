/// A zip entry's data already compressed with raw deflate, with what the archive's headers
/// need: the inflated size and its CRC-32.
public struct DeflatedData: Sendable, Hashable {
    /// Where the compressed bytes are.
    public enum Storage: Sendable, Hashable {
        /// In memory.
        case bytes([UInt8])
        /// In a finished file, which must stay until the archive is closed.
        case file(String)
    }

    /// The compressed bytes.
    public var storage: Storage
    /// The inflated size.
    public var size: Int64
    /// The compressed size.
    public var compressedSize: Int64
    /// The CRC-32 of the inflated bytes.
    public var crc: UInt32
}
