internal import CLibZip

/// A stream over one inflated zip entry.
///
/// Owns the libzip `zip_file_t` handle (closed in `deinit`) and keeps its archive alive.
/// Counts the bytes it inflates and fails once they pass the archive's ``ReadLimits``, so a
/// header that under-reports an entry's size cannot cause a blow-up.
public final class ZipEntryReader {
    let archive: ZipArchive
    let file: OpaquePointer
    /// Central-directory facts about the entry.
    public let info: ZipEntryInfo
    /// Bytes inflated so far.
    public private(set) var bytesRead: Int64 = 0
    private var finished = false

    init(archive: ZipArchive, file: OpaquePointer, info: ZipEntryInfo) {
        self.archive = archive
        self.file = file
        self.info = info
    }

    deinit { zip_fclose(file) }

    /// Reads up to `buffer.count` bytes into `buffer`; returns 0 at the end of the entry.
    /// The corresponding C function is `zip_fread`.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ZipError) -> Int {
        if finished || buffer.count == 0 { return 0 }
        let n = zip_fread(file, buffer.baseAddress, zip_uint64_t(buffer.count))
        if n < 0 {
            let code = zip_error_code_zip(zip_file_get_error(file))
            let message = String(cString: zip_file_strerror(file))
            if code == ZIP_ER_CRC {
                throw ZipError(code: .checksumMismatch, path: archive.path, entry: info.name,
                               message: "the part is corrupt (checksum mismatch); re-save or re-download the file")
            }
            throw ZipError(code: code == ZIP_ER_EOF || code == ZIP_ER_INCONS || code == ZIP_ER_READ ? .truncated : .readFailed,
                           path: archive.path, entry: info.name,
                           message: "cannot inflate the part (\(message)); the file may be truncated or damaged")
        }
        if n == 0 { finished = true; return 0 }
        bytesRead += Int64(n)
        let limits = archive.limits
        if bytesRead > limits.maxPartSize {
            throw ZipError(code: .inflatedTooLarge, path: archive.path, entry: info.name,
                           message: "the part inflates past the limit of \(limits.maxPartSize) bytes")
        }
        if bytesRead > limits.ratioCheckThreshold,
           Double(bytesRead) / Double(max(info.compressedSize, 1)) > limits.maxCompressionRatio {
            throw ZipError(code: .suspiciousCompressionRatio, path: archive.path, entry: info.name,
                           message: "the part inflates more than \(Int(limits.maxCompressionRatio)):1, which only a zip bomb does; the file was not read")
        }
        return Int(n)
    }

    /// Reads the rest of the entry into one array.
    ///
    /// - Throws: ``ZipError/Code/inflatedTooLarge`` once the entry passes
    ///   ``ReadLimits/maxWholePartSize``, so a small part that is really a bomb is refused
    ///   before it fills memory.
    public func readAll() throws(ZipError) -> [UInt8] {
        let limit = archive.limits.maxWholePartSize
        var out: [UInt8] = []
        out.reserveCapacity(Int(min(max(info.size, 0), 64 << 20)))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = try chunk.withUnsafeMutableBytes { buf in Result { () throws(ZipError) in try read(into: buf) } }.get()
            if n == 0 { break }
            if Int64(out.count + n) > limit {
                throw ZipError(code: .inflatedTooLarge, path: archive.path, entry: info.name,
                               message: "the part inflates past \(limit) bytes, far more than such a part ever holds; the file was not read")
            }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }
}
