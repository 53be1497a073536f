/// What the zip central directory says about one entry.
public struct ZipEntryInfo: Sendable, Hashable {
    /// The entry's index in the archive.
    public var index: Int
    /// The entry's name, e.g. `xl/worksheets/sheet1.xml`.
    public var name: String
    /// The inflated size in bytes, as recorded (a hostile file may lie; readers re-check).
    public var size: Int64
    /// The stored (compressed) size in bytes.
    public var compressedSize: Int64
    /// The CRC-32 recorded for the entry.
    public var crc: UInt32
    /// True when the entry is encrypted.
    public var isEncrypted: Bool
}
