/// A test-only zip writer, so that hostile archives can be built byte by byte inside the
/// tests: entries stored or with a ready-made deflate payload, and headers that may lie.
///
/// Writes what APPNOTE.TXT §4.3 describes for a plain (non-Zip64) archive: a local header and
/// the data for each entry, the central directory, and the end-of-central-directory record.
enum TestZip {
    /// One entry as it will be written.
    struct Entry {
        /// The entry's name.
        var name: String
        /// 0 for stored, 8 for deflated.
        var method: UInt16
        /// The bytes as they sit in the archive (compressed when `method` is 8).
        var payload: [UInt8]
        /// The CRC-32 the headers declare.
        var crc: UInt32
        /// The inflated size the headers declare.
        var declaredSize: UInt32
        /// The general-purpose flags (bit 0: encrypted).
        var flags: UInt16 = 0

        /// A stored entry with honest headers.
        static func stored(_ name: String, _ bytes: [UInt8]) -> Entry {
            Entry(name: name, method: 0, payload: bytes, crc: CRC32.checksum(bytes), declaredSize: UInt32(bytes.count))
        }

        /// A stored entry holding `text` as UTF-8.
        static func stored(_ name: String, _ text: String) -> Entry { stored(name, Array(text.utf8)) }
    }

    /// The archive bytes for `entries`, in order.
    static func archive(_ entries: [Entry]) -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let offset = UInt32(out.count)
            let name = Array(entry.name.utf8)
            out.append(le32: 0x0403_4B50)
            out.append(le16: 20)             // version needed to extract
            out.append(le16: entry.flags)
            out.append(le16: entry.method)
            out.append(le16: 0)              // modification time
            out.append(le16: 0x21)           // modification date: 1980-01-01
            out.append(le32: entry.crc)
            out.append(le32: UInt32(entry.payload.count))
            out.append(le32: entry.declaredSize)
            out.append(le16: UInt16(name.count))
            out.append(le16: 0)              // extra field length
            out.append(contentsOf: name)
            out.append(contentsOf: entry.payload)

            directory.append(le32: 0x0201_4B50)
            directory.append(le16: 20)       // version made by
            directory.append(le16: 20)
            directory.append(le16: entry.flags)
            directory.append(le16: entry.method)
            directory.append(le16: 0)
            directory.append(le16: 0x21)
            directory.append(le32: entry.crc)
            directory.append(le32: UInt32(entry.payload.count))
            directory.append(le32: entry.declaredSize)
            directory.append(le16: UInt16(name.count))
            directory.append(le16: 0)        // extra field length
            directory.append(le16: 0)        // comment length
            directory.append(le16: 0)        // disk number
            directory.append(le16: 0)        // internal attributes
            directory.append(le32: 0)        // external attributes
            directory.append(le32: offset)
            directory.append(contentsOf: name)
        }
        let directoryOffset = UInt32(out.count)
        out.append(contentsOf: directory)
        out.append(le32: 0x0605_4B50)
        out.append(le16: 0)
        out.append(le16: 0)
        out.append(le16: UInt16(entries.count))
        out.append(le16: UInt16(entries.count))
        out.append(le32: UInt32(directory.count))
        out.append(le32: directoryOffset)
        out.append(le16: 0)                  // comment length
        return out
    }
}

/// The CRC-32 of zip (ISO 3309, reflected polynomial 0xEDB88320).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

extension Array where Element == UInt8 {
    /// Appends a little-endian 16-bit value.
    mutating func append(le16 v: UInt16) {
        append(UInt8(v & 0xFF))
        append(UInt8(v >> 8))
    }

    /// Appends a little-endian 32-bit value.
    mutating func append(le32 v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(v >> UInt32(shift) & 0xFF)) }
    }
}
