internal import CLibZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a new zip archive, atomically.
///
/// Owns the libzip `zip_t`, opened with `ZIP_CREATE | ZIP_TRUNCATE` on a temporary path beside
/// the destination; ``close()`` has libzip write the archive there and then renames it into
/// place, so a failure at any point leaves no partial file and the destination untouched.
/// Every entry comes from a sized source (a buffer, or a finished file with a known length):
/// libzip forces Zip64 records onto entries whose size it cannot learn in advance, and Excel
/// and older LibreOffice builds refuse those. Entry times are fixed at 1980-01-01 00:00 so that
/// the same input always gives the same bytes, in every time zone.
///
/// Not `Sendable`: a libzip handle is single-threaded.
public final class ZipArchiveWriter {
    private var handle: OpaquePointer?
    private let output: AtomicFile
    private var names: Set<String> = []

    /// The archive's final path.
    public var path: String { output.destination }

    /// Prepares to write `path`.
    ///
    /// - Parameter overwrite: when false, an existing file at `path` is an error.
    /// - Throws: ``ZipError`` with code ``ZipError/Code/writeFailed`` when the file exists and
    ///   `overwrite` is false, or the folder does not exist or is not writable.
    /// The corresponding C function is `zip_open` with `ZIP_CREATE | ZIP_TRUNCATE`.
    public init(path: String, overwrite: Bool) throws(ZipError) {
        do { output = try AtomicFile(destination: path, overwrite: overwrite) } catch {
            throw ZipError(code: .writeFailed, path: path, message: error.message)
        }
        var code: Int32 = 0
        guard let h = zip_open(output.temporaryPath, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            throw ZipError(code: .writeFailed, path: path, message: "cannot create the archive: \(ZipArchive.renderError(code: code))")
        }
        handle = h
    }

    deinit {
        if let handle { zip_discard(handle) }
    }

    /// Adds an entry holding a copy of `bytes`.
    ///
    /// libzip reads sources only when the archive is closed, so the bytes are copied into a
    /// buffer that libzip owns and frees.
    /// The corresponding C functions are `zip_source_buffer` and `zip_file_add`.
    public func add(name: String, bytes: [UInt8], compression: EntryCompression) throws(ZipError) {
        let h = try openHandle(entry: name)
        guard let copy = malloc(max(bytes.count, 1)) else {
            throw ZipError(code: .writeFailed, path: path, entry: name, message: "out of memory")
        }
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { copy.copyMemory(from: base, byteCount: raw.count) }
        }
        guard let source = zip_source_buffer(h, copy, zip_uint64_t(bytes.count), 1) else {
            free(copy)
            throw failure(entry: name)
        }
        try addSource(source, name: name, compression: compression)
    }

    /// Adds an entry holding a UTF-8 string. See ``add(name:bytes:compression:)``.
    public func add(name: String, text: String, compression: EntryCompression) throws(ZipError) {
        try add(name: name, bytes: Array(text.utf8), compression: compression)
    }

    /// Adds an entry whose data is `length` bytes of the file at `filePath`, starting at
    /// `offset`.
    ///
    /// The file is read when the archive is closed, so it must stay in place until then.
    /// The corresponding C function is `zip_source_file` with an explicit length.
    public func add(name: String, contentsOfFile filePath: String, offset: Int64, length: Int64,
                    compression: EntryCompression) throws(ZipError) {
        let h = try openHandle(entry: name)
        // A zero length means "to the end of the file" to libzip, which would leave the size
        // for it to discover; an empty entry is added from an empty buffer instead.
        guard length > 0 else {
            try add(name: name, bytes: [], compression: compression)
            return
        }
        guard let source = zip_source_file(h, filePath, zip_uint64_t(offset), zip_int64_t(length)) else {
            throw failure(entry: name)
        }
        try addSource(source, name: name, compression: compression)
    }

    /// Writes the archive and moves it into place.
    ///
    /// This is where libzip reads every source and compresses it. After a failure the
    /// destination is untouched and the temporary file is removed.
    /// The corresponding C function is `zip_close`.
    public func close() throws(ZipError) {
        let h = try openHandle(entry: nil)
        guard zip_close(h) == 0 else {
            let message = String(cString: zip_error_strerror(zip_get_error(h)))
            zip_discard(h)
            handle = nil
            throw ZipError(code: .writeFailed, path: path, message: "cannot write the archive: \(message)")
        }
        handle = nil
        do { try output.commit() } catch {
            throw ZipError(code: .writeFailed, path: path, message: error.message)
        }
    }

    private func openHandle(entry: String?) throws(ZipError) -> OpaquePointer {
        guard let handle else {
            throw ZipError(code: .writeFailed, path: path, entry: entry, message: "the archive is already closed")
        }
        return handle
    }

    private func addSource(_ source: OpaquePointer, name: String, compression: EntryCompression) throws(ZipError) {
        let h = try openHandle(entry: name)
        guard names.insert(name).inserted else {
            zip_source_free(source)
            throw ZipError(code: .writeFailed, path: path, entry: name, message: "the archive already has an entry with this name")
        }
        let index = zip_file_add(h, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw failure(entry: name)
        }
        let i = zip_uint64_t(index)
        let method: Int32
        let level: UInt32
        switch compression {
        case .store: (method, level) = (ZIP_CM_STORE, 0)
        case .deflate(let l): (method, level) = (ZIP_CM_DEFLATE, UInt32(min(max(l, 1), 9)))
        }
        // Fixed time and FAT attributes: the same bytes for the same content whatever the
        // clock, time zone or temporary file's permissions, as Excel's own files have.
        guard zip_set_file_compression(h, i, method, level) == 0,
              zip_file_set_dostime(h, i, 0, 0x21, 0) == 0,
              zip_file_set_external_attributes(h, i, 0, zip_uint8_t(ZIP_OPSYS_DOS), 0) == 0 else {
            throw failure(entry: name)
        }
    }

    private func failure(entry: String) -> ZipError {
        let message = handle.map { String(cString: zip_error_strerror(zip_get_error($0))) } ?? "the archive is closed"
        return ZipError(code: .writeFailed, path: path, entry: entry, message: message)
    }
}
