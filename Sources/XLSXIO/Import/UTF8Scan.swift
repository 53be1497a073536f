/// A streaming check of a file's bytes as UTF-8, fed in chunks so a large CSV file is never
/// held in memory: where the first invalid byte is, and whether any character took more than
/// one byte (which tells a UTF-8 file with a stray byte from a Windows-1252 file).
struct UTF8Scan {
    /// The 1-based line holding the first byte that is not valid UTF-8, if any.
    private(set) var firstInvalidLine: Int?
    /// True once a complete, valid multi-byte sequence has been seen.
    private(set) var sawMultiByte = false
    /// The 1-based line the scan has reached (a line ends at LF, CR LF or a bare CR, as in ``CSVReader``).
    private(set) var line = 1
    private var pending = 0
    /// The range the next continuation byte must fall in (narrower after E0, ED, F0, F4,
    /// which is how overlong forms and surrogates are refused).
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF
    private var afterCR = false

    /// Scans the next chunk of the file.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        for b in bytes {
            if b == 10 {
                if !afterCR { line += 1 }
            } else if b == 13 {
                line += 1
            }
            afterCR = b == 13
            if pending > 0 {
                if b >= low && b <= high {
                    pending -= 1
                    low = 0x80
                    high = 0xBF
                    if pending == 0 { sawMultiByte = true }
                    continue
                }
                // The sequence broke off; this byte starts afresh.
                invalid(atLine: b == 10 || b == 13 ? line - 1 : line)
                pending = 0
                low = 0x80
                high = 0xBF
            }
            guard b >= 0x80 else { continue }
            switch b {
            case 0xC2...0xDF: pending = 1
            case 0xE0: pending = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: pending = 2
            case 0xED: pending = 2; high = 0x9F
            case 0xF0: pending = 3; low = 0x90
            case 0xF1...0xF3: pending = 3
            case 0xF4: pending = 3; high = 0x8F
            default: invalid(atLine: line)
            }
        }
    }

    /// Ends the scan: a sequence cut off by the end of the file is invalid.
    mutating func finish() {
        if pending > 0 { invalid(atLine: line) }
        pending = 0
    }

    /// True when nothing more can change the outcome (an invalid byte and a valid multi-byte
    /// character have both been seen), so the rest of the file need not be read.
    var isDecided: Bool { firstInvalidLine != nil && sawMultiByte }

    private mutating func invalid(atLine l: Int) {
        if firstInvalidLine == nil { firstInvalidLine = l }
    }
}
