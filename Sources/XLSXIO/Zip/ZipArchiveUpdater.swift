internal import CLibZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A zip archive opened for update: entries are replaced, added or deleted, and every entry
/// that is not touched is copied raw (same compressed bytes and CRC) when the archive closes.
///
/// Only sized sources are ever handed to libzip (an in-memory buffer or a finished file), since
/// libzip marks entries from unsized sources as Zip64, which Excel and older LibreOffice refuse.
/// Entries written here get the fixed DOS time 1980-01-01 00:00, so output does not depend on
/// the clock or the time zone.
///
/// Owns the libzip `zip_t` handle: ``close()`` commits, `deinit` discards uncommitted changes.
public final class ZipArchiveUpdater {
    let handle: OpaquePointer
    /// The archive's path on disk.
    public let path: String
    private var lowercasedIndex: [String: Int] = [:]
    private var closed = false

    /// Opens the archive at `path` for update, or creates a new empty archive there.
    ///
    /// - Parameter create: true to create (or truncate) the archive instead of opening it.
    /// The corresponding C function is `zip_open`.
    public init(path: String, create: Bool = false) throws(ZipError) {
        var code: Int32 = 0
        let flags: Int32 = create ? (ZIP_CREATE | ZIP_TRUNCATE) : ZIP_CHECKCONS
        guard let h = zip_open(path, flags, &code) else {
            throw ZipArchive.openError(code: code, path: path)
        }
        handle = h
        self.path = path
        let count = max(0, Int(zip_get_num_entries(h, 0)))
        for i in 0..<count {
            guard let name = zip_get_name(h, zip_uint64_t(i), zip_flags_t(ZIP_FL_ENC_GUESS)) else { continue }
            let key = String(cString: name).lowercased()
            if lowercasedIndex[key] == nil { lowercasedIndex[key] = i }
        }
    }

    deinit {
        if !closed { zip_discard(handle) }
    }

    /// True when an entry named `name` exists (ignoring ASCII case, as OPC part names do).
    public func contains(_ name: String) -> Bool { lowercasedIndex[name.lowercased()] != nil }

    /// Writes `bytes` as the entry `name`, replacing an existing entry in place (keeping its
    /// position in the archive) or adding a new one at the end.
    ///
    /// - Parameter level: the deflate level, 1 (fastest) to 9 (smallest).
    public func write(_ name: String, bytes: [UInt8], level: Int) throws(ZipError) {
        // libzip reads the buffer at close time, so it gets its own copy and frees it.
        let count = bytes.count
        let copy = malloc(max(count, 1))
        guard let copy else { throw ZipError(code: .writeFailed, path: path, entry: name, message: "out of memory") }
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { memcpy(copy, base, count) }
        }
        guard let source = zip_source_buffer(handle, copy, zip_uint64_t(count), 1) else {
            free(copy)
            throw failure(name, "cannot prepare the part for writing")
        }
        try store(name, source: source, level: level)
    }

    /// Writes the finished file at `filePath` (of `size` bytes) as the entry `name`. The file
    /// must stay in place until ``close()`` returns, because libzip reads it then.
    public func write(_ name: String, contentsOfFile filePath: String, size: Int64, level: Int) throws(ZipError) {
        guard size > 0 else {
            // A length of 0 means "to the end" to libzip; an empty part goes through a buffer.
            try write(name, bytes: [], level: level)
            return
        }
        guard let source = zip_source_file(handle, filePath, 0, size) else {
            throw failure(name, "cannot open the temporary file \(filePath)")
        }
        try store(name, source: source, level: level)
    }

    private func store(_ name: String, source: OpaquePointer, level: Int) throws(ZipError) {
        let index: zip_uint64_t
        if let existing = lowercasedIndex[name.lowercased()] {
            guard zip_file_replace(handle, zip_uint64_t(existing), source, 0) == 0 else {
                zip_source_free(source)
                throw failure(name, "cannot replace the part")
            }
            index = zip_uint64_t(existing)
        } else {
            let added = zip_file_add(handle, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard added >= 0 else {
                zip_source_free(source)
                throw failure(name, "cannot add the part")
            }
            index = zip_uint64_t(added)
            lowercasedIndex[name.lowercased()] = Int(added)
        }
        guard zip_set_file_compression(handle, index, ZIP_CM_DEFLATE, zip_uint32_t(min(max(level, 1), 9))) == 0,
              zip_file_set_dostime(handle, index, 0, 0x21, 0) == 0 else {
            throw failure(name, "cannot set the part's compression or time")
        }
    }

    /// Removes the entry `name`; does nothing when there is none.
    /// The corresponding C function is `zip_delete`.
    public func delete(_ name: String) throws(ZipError) {
        guard let existing = lowercasedIndex.removeValue(forKey: name.lowercased()) else { return }
        guard zip_delete(handle, zip_uint64_t(existing)) == 0 else {
            throw failure(name, "cannot remove the part")
        }
    }

    /// Writes the archive: libzip builds it in a temporary file beside ``path``, copying
    /// untouched entries raw, and renames it into place.
    /// The corresponding C function is `zip_close`.
    public func close() throws(ZipError) {
        guard !closed else { return }
        guard zip_close(handle) == 0 else {
            let message = String(cString: zip_error_strerror(zip_get_error(handle)))
            zip_discard(handle)
            closed = true
            throw ZipError(code: .writeFailed, path: path, message: "cannot write the archive: \(message)")
        }
        closed = true
    }

    private func failure(_ entry: String, _ what: String) -> ZipError {
        let message = String(cString: zip_error_strerror(zip_get_error(handle)))
        return ZipError(code: .writeFailed, path: path, entry: entry, message: "\(what): \(message)")
    }
}
