internal import CLibZip

/// Identifies a piece of XML sen2xl inserted by its length and CRC-32, so the hidden record
/// can find it again without keeping a copy of its text (which holds the notes' messages: the
/// record must not keep them after the user deletes a note).
struct ContentFingerprint: Hashable, Sendable, CustomStringConvertible {
    var length: Int
    var crc: UInt32

    /// The fingerprint of `text`'s UTF-8 bytes.
    init(of text: String) {
        var copy = text
        self = copy.withUTF8 { ContentFingerprint($0) }
    }

    /// The fingerprint of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        length = bytes.count
        crc = bytes.baseAddress.map { UInt32(truncatingIfNeeded: crc32(0, $0, uInt(bytes.count))) } ?? 0
    }

    /// Parses the form ``description`` writes: `length:crc` (hexadecimal CRC).
    init?(parsing description: String) {
        let parts = description.split(separator: ":")
        guard parts.count == 2, let length = Int(parts[0]), let crc = UInt32(parts[1], radix: 16) else { return nil }
        self.length = length
        self.crc = crc
    }

    var description: String { "\(length):\(String(crc, radix: 16))" }
}
