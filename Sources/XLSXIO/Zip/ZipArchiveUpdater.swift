internal import CLibZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A zip archive opened for update: entries are replaced, added or deleted, and every entry
/// that is not touched is copied raw (same compressed bytes and CRC) when the archive closes.
///
/// Every written entry reaches libzip as sized, already-deflated data (in memory or a finished
/// file): libzip marks entries from unsized sources as Zip64, which Excel and older LibreOffice
/// refuse.
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

    /// Writes `bytes` as the entry `name`, deflated at `level` (1 fastest … 9 smallest),
    /// replacing an existing entry in place (it keeps its position) or adding one at the end.
    public func write(_ name: String, bytes: [UInt8], level: Int) throws(ZipError) {
        let data: DeflatedData
        do {
            let output = try DeflateOutput(level: level)
            try bytes.withBufferTyped { (b) throws(XLSXError) in try output.write(b) }
            data = try output.finish()
        } catch {
            throw ZipError(code: .writeFailed, path: path, entry: name, message: error.message)
        }
        try write(name, deflated: data)
    }

    /// Writes already-deflated data as the entry `name` (see ``write(_:bytes:level:)``).
    ///
    /// libzip copies the data as given, because the source declares it deflated; that is
    /// also how the level is kept (libzip 1.7.3 would otherwise recompress a replaced entry at
    /// its own default).
    public func write(_ name: String, deflated data: DeflatedData) throws(ZipError) {
        let context = PreDeflatedSource(data)
        let opaque = Unmanaged.passRetained(context).toOpaque()
        guard let source = zip_source_function(handle, PreDeflatedSource.callback, opaque) else {
            Unmanaged<PreDeflatedSource>.fromOpaque(opaque).release()
            throw failure(name, "cannot prepare the part for writing")
        }
        let index: zip_uint64_t
        if let existing = lowercasedIndex[name.lowercased()] {
            guard zip_file_replace(handle, zip_uint64_t(existing), source, 0) == 0 else {
                zip_source_free(source)
                throw failure(name, "cannot replace the part")
            }
            index = zip_uint64_t(existing)
            var st = zip_stat_t()
            zip_stat_init(&st)
            // An entry that was stored must be declared deflated, or libzip would inflate ours.
            if zip_stat_index(handle, index, zip_flags_t(ZIP_FL_UNCHANGED), &st) == 0, st.comp_method != UInt16(ZIP_CM_DEFLATE) {
                zip_set_file_compression(handle, index, ZIP_CM_DEFLATE, 0)
            }
        } else {
            let added = zip_file_add(handle, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard added >= 0 else {
                zip_source_free(source)
                throw failure(name, "cannot add the part")
            }
            index = zip_uint64_t(added)
            lowercasedIndex[name.lowercased()] = Int(added)
        }
        guard zip_file_set_dostime(handle, index, 0, 0x21, 0) == 0 else {
            throw failure(name, "cannot set the part's time")
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
