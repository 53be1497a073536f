#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast, allocation-free parsing of the numbers found in `<v>` elements.
enum NumberParsing {
    /// Parses a decimal number (`42`, `-3.5`, `1E-3`); nil when the bytes are not a number.
    @inline(__always)
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let n = bytes.count
        guard n > 0 else { return nil }
        // Fast path: an optional sign and up to 15 digits is an exact integer.
        var i = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") { negative = true; i = 1 }
        if n - i > 0 && n - i <= 15 {
            var v: Int64 = 0
            var j = i
            while j < n {
                let d = bytes[j] &- 48
                if d > 9 { break }
                v = v * 10 + Int64(d)
                j += 1
            }
            if j == n { return Double(negative ? -v : v) }
        }
        guard n < 64 else { return Double(String(decoding: bytes, as: UTF8.self)) }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buf -> Double? in
            for k in 0..<n {
                let b = bytes[k]
                // strtod would also accept hex, "inf", "nan" and leading spaces; XML numbers do not.
                guard (b >= 48 && b <= 57) || b == 43 || b == 45 || b == 46 || b == 69 || b == 101 else { return nil }
                buf[k] = CChar(bitPattern: b)
            }
            buf[n] = 0
            var end: UnsafeMutablePointer<CChar>?
            let v = strtod(buf.baseAddress!, &end)
            guard let end, end - buf.baseAddress! == n else { return nil }
            return v
        }
    }

    /// Parses a non-negative decimal integer; nil for anything else or on overflow.
    @inline(__always)
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var v = 0
        for b in bytes {
            let d = b &- 48
            guard d <= 9 else { return nil }
            v = v * 10 + Int(d)
        }
        return v
    }
}
