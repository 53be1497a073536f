internal import CLibZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A ``ByteOutput`` that deflates what is written to it (raw deflate, as zip entries hold it)
/// into memory or into a file, keeping the CRC-32 and size of the original bytes.
///
/// Owns the zlib stream and ends it in `deinit`.
public final class DeflateOutput: ByteOutput {
    private var stream = z_stream()
    private let file: ByteSink?
    private let filePath: String?
    private var compressed: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 256 * 1024)
    private var crc: UInt32 = 0
    private var size: Int64 = 0
    private var compressedSize: Int64 = 0
    private var ended = false

    /// Deflates into memory.
    public convenience init(level: Int) throws(XLSXError) {
        try self.init(level: level, file: nil, path: nil)
    }

    /// Deflates into the file at `path` (created or truncated).
    public convenience init(level: Int, path: String) throws(XLSXError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else {
            throw XLSXError(code: .writeFailed, file: path, message: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        try self.init(level: level, file: ByteSink(fd: fd, owns: true, name: path), path: path)
    }

    private init(level: Int, file: ByteSink?, path: String?) throws(XLSXError) {
        self.file = file
        filePath = path
        // windowBits -15: raw deflate without a zlib header, as zip stores it.
        let rc = deflateInit2_(&stream, Int32(min(max(level, 1), 9)), Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                               zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else { throw XLSXError(code: .writeFailed, file: path ?? "memory", message: "cannot start deflate (zlib error \(rc))") }
    }

    deinit {
        if !ended { deflateEnd(&stream) }
    }

    /// Compresses `bytes`.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        guard !bytes.isEmpty, let base = bytes.baseAddress else { return }
        crc = UInt32(truncatingIfNeeded: crc32(uLong(crc), base, uInt(bytes.count)))
        size += Int64(bytes.count)
        stream.next_in = UnsafeMutablePointer(mutating: base)
        stream.avail_in = uInt(bytes.count)
        try pump(Z_NO_FLUSH)
    }

    /// Ends the stream and returns the compressed data.
    public func finish() throws(XLSXError) -> DeflatedData {
        stream.next_in = nil
        stream.avail_in = 0
        try pump(Z_FINISH)
        deflateEnd(&stream)
        ended = true
        if let file, let filePath {
            try file.flush()
            return DeflatedData(storage: .file(filePath), size: size, compressedSize: compressedSize, crc: crc)
        }
        return DeflatedData(storage: .bytes(compressed), size: size, compressedSize: compressedSize, crc: crc)
    }

    private func pump(_ flush: Int32) throws(XLSXError) {
        while true {
            let (rc, produced) = chunk.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                let rc = deflate(&stream, flush)
                return (rc, out.count - Int(stream.avail_out))
            }
            guard rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR else {
                throw XLSXError(code: .writeFailed, file: filePath ?? "memory", message: "deflate failed (zlib error \(rc))")
            }
            if produced > 0 {
                compressedSize += Int64(produced)
                if let file {
                    try chunk.withBufferTyped { (b) throws(XLSXError) in try file.write(UnsafeBufferPointer(rebasing: b[0..<produced])) }
                } else {
                    compressed.append(contentsOf: chunk[0..<produced])
                }
            }
            if flush == Z_FINISH ? rc == Z_STREAM_END : (stream.avail_in == 0 && produced < chunk.count) { return }
        }
    }
}
