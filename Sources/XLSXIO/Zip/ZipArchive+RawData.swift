internal import CLibZip

extension ZipArchive {
    /// The entry's stored bytes exactly as they sit in the archive (still compressed), so that
    /// two archives can be compared entry by entry without inflating.
    /// The corresponding C call is `zip_fopen_index` with `ZIP_FL_COMPRESSED`.
    public func storedBytes(at index: Int) throws(ZipError) -> [UInt8] {
        let meta = try info(at: index)
        guard let f = zip_fopen_index(handle, zip_uint64_t(index), zip_flags_t(ZIP_FL_COMPRESSED)) else {
            throw ZipError(code: .readFailed, path: path, entry: meta.name, message: lastError())
        }
        defer { zip_fclose(f) }
        var out = [UInt8](repeating: 0, count: Int(max(meta.compressedSize, 0)))
        var filled = 0
        while filled < out.count {
            let n = out.withUnsafeMutableBytes { raw in
                zip_fread(f, raw.baseAddress!.advanced(by: filled), zip_uint64_t(raw.count - filled))
            }
            if n <= 0 { break }
            filled += Int(n)
        }
        guard filled == out.count else {
            throw ZipError(code: .truncated, path: path, entry: meta.name, message: "the stored data ends early")
        }
        return out
    }
}
