/// A test-only deflate encoder (RFC 1951) for zip bombs: text, then a run of one byte coded
/// at the format's best ratio (about 1032:1), then more text.
///
/// Three blocks: fixed-Huffman literals for the head and the run's first byte; a dynamic
/// block whose only symbols are "copy 258 bytes from distance 1" and end-of-block, each
/// coded in one bit, so every 258 output bytes cost two bits; fixed-Huffman literals for the
/// tail.
enum TestDeflate {
    /// The raw deflate stream for `head`, then `byte` repeated `1 + 258 * copies` times, then
    /// `tail`.
    static func bomb(head: [UInt8], byte: UInt8, copies: Int, tail: [UInt8]) -> [UInt8] {
        var bits = BitWriter()
        // Block 1: not final, fixed Huffman (BTYPE 01).
        bits.write(0, count: 1)
        bits.write(1, count: 2)
        for b in head + [byte] { bits.writeFixedLiteral(b) }
        bits.writeCode(0, length: 7)                  // end of block (symbol 256)

        // Block 2: not final, dynamic Huffman (BTYPE 10).
        bits.write(0, count: 1)
        bits.write(2, count: 2)
        bits.write(29, count: 5)                      // HLIT: 257 + 29 = 286 length/literal codes
        bits.write(0, count: 5)                       // HDIST: 1 distance code
        bits.write(14, count: 4)                      // HCLEN: 4 + 14 = 18 code-length codes
        // Code-length code lengths, in the order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
        // only symbols 18 (a run of zeros) and 1 (length 1) are used, one bit each.
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]
        for symbol in order { bits.write(symbol == 18 || symbol == 1 ? 1 : 0, count: 3) }
        // Canonical codes: symbol 1 → 0, symbol 18 → 1. Lengths 0–255 are 0, 256 (end of
        // block) is 1, 257–284 are 0, 285 (copy 258) is 1, and distance code 0 is 1.
        func zeros(_ n: Int) {
            bits.writeCode(1, length: 1)
            bits.write(UInt32(n - 11), count: 7)
        }
        zeros(138)
        zeros(118)
        bits.writeCode(0, length: 1)                  // symbol 256: length 1
        zeros(28)
        bits.writeCode(0, length: 1)                  // symbol 285: length 1
        bits.writeCode(0, length: 1)                  // distance 0: length 1
        // Canonical codes: 256 → 0, 285 → 1; the one distance code is 0. Each copy is the
        // bit pair 1, 0; four pairs fill a byte as 0b01010101, written in bulk once aligned.
        var remaining = copies
        while remaining > 0 && bits.filled != 0 {
            bits.write(1, count: 2)
            remaining -= 1
        }
        bits.bytes.append(contentsOf: repeatElement(0x55, count: remaining / 4))
        for _ in 0..<(remaining % 4) { bits.write(1, count: 2) }
        bits.writeCode(0, length: 1)                  // end of block

        // Block 3: final, fixed Huffman.
        bits.write(1, count: 1)
        bits.write(1, count: 2)
        for b in tail { bits.writeFixedLiteral(b) }
        bits.writeCode(0, length: 7)
        return bits.finish()
    }

    /// Packs bits least-significant first, as deflate does.
    struct BitWriter {
        var bytes: [UInt8] = []
        var accumulator: UInt32 = 0
        var filled: UInt32 = 0

        /// Writes the low `count` bits of `value`, least significant first (header fields,
        /// extra bits).
        mutating func write(_ value: UInt32, count: UInt32) {
            for i in 0..<count {
                accumulator |= (value >> i & 1) << filled
                filled += 1
                if filled == 8 {
                    bytes.append(UInt8(accumulator))
                    accumulator = 0
                    filled = 0
                }
            }
        }

        /// Writes a Huffman code, most significant bit first.
        mutating func writeCode(_ code: UInt32, length: UInt32) {
            for i in stride(from: Int(length) - 1, through: 0, by: -1) { write(code >> UInt32(i) & 1, count: 1) }
        }

        /// Writes a literal byte with the fixed Huffman code of RFC 1951 §3.2.6.
        mutating func writeFixedLiteral(_ b: UInt8) {
            if b < 144 { writeCode(0x30 + UInt32(b), length: 8) } else { writeCode(0x190 + UInt32(b) - 144, length: 9) }
        }

        /// The bytes, with the last partial byte padded by zero bits.
        mutating func finish() -> [UInt8] {
            if filled > 0 { bytes.append(UInt8(accumulator)) }
            return bytes
        }
    }
}
