internal import CLibZip
import Foundation

/// A zip archive opened for reading.
///
/// Owns the libzip `zip_t` handle and releases it in `deinit`; no C pointer leaves this type.
/// Not `Sendable`: a libzip handle is single-threaded.
public final class ZipArchive {
    let handle: OpaquePointer
    /// The archive's path on disk.
    public let path: String
    /// The limits applied to every entry read from this archive.
    public let limits: ReadLimits
    /// Names of all entries, in central-directory order.
    public let entryNames: [String]
    private let lowercasedIndex: [String: Int]

    /// Opens the archive at `path` read-only.
    ///
    /// - Throws: ``ZipError`` with code ``ZipError/Code/notAZip``, ``ZipError/Code/truncated``
    ///   or ``ZipError/Code/openFailed``.
    /// The corresponding C function is `zip_open` with `ZIP_RDONLY`.
    public init(path: String, limits: ReadLimits = .standard) throws(ZipError) {
        var code: Int32 = 0
        guard let h = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &code) else {
            throw ZipArchive.openError(code: code, path: path)
        }
        handle = h
        self.path = path
        self.limits = limits
        let count = max(0, Int(zip_get_num_entries(h, 0)))
        var names: [String] = []
        names.reserveCapacity(count)
        var index: [String: Int] = [:]
        for i in 0..<count {
            let name = zip_get_name(h, zip_uint64_t(i), zip_flags_t(ZIP_FL_ENC_GUESS)).map { String(cString: $0) } ?? ""
            names.append(name)
            let key = name.lowercased()
            if index[key] == nil { index[key] = i }
        }
        entryNames = names
        lowercasedIndex = index
    }

    deinit { zip_discard(handle) }

    static func openError(code: Int32, path: String) -> ZipError {
        let message = renderError(code: code)
        switch code {
        case ZIP_ER_NOZIP where startsWithLocalHeader(path):
            // It begins like a zip but libzip finds no central directory at the end: the file
            // was cut short (an interrupted download or copy), not some other format.
            return ZipError(code: .truncated, path: path, message: "the zip archive is truncated or damaged (its directory at the end is missing); re-save or re-download the file")
        case ZIP_ER_NOZIP:
            return ZipError(code: .notAZip, path: path, message: "not a zip archive, so not an .xlsx workbook")
        case ZIP_ER_INCONS, ZIP_ER_EOF, ZIP_ER_SEEK, ZIP_ER_READ:
            return ZipError(code: .truncated, path: path, message: "the zip archive is damaged or truncated (\(message)); re-save or re-download the file")
        case ZIP_ER_EXISTS:
            return ZipError(code: .truncated, path: path, message: "the zip archive lists two entries with the same name, so it is damaged or was crafted to mislead; re-save it from Excel")
        case ZIP_ER_NOENT, ZIP_ER_OPEN:
            return ZipError(code: .openFailed, path: path, message: "cannot open the file (\(message))")
        default:
            return ZipError(code: .other, path: path, message: message)
        }
    }

    /// True when the file starts with a zip local-file header (`PK\u{3}\u{4}`).
    static func startsWithLocalHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)).map { [UInt8]($0) } ?? []
        return head == [0x50, 0x4B, 0x03, 0x04]
    }

    static func renderError(code: Int32, system: Int32 = 0) -> String {
        var err = zip_error_t()
        zip_error_init_with_code(&err, code)
        defer { zip_error_fini(&err) }
        return String(cString: zip_error_strerror(&err))
    }

    /// Returns the index of the entry whose name matches `name`, ignoring ASCII case as OPC
    /// part names require, or nil.
    public func index(of name: String) -> Int? {
        lowercasedIndex[name.lowercased()]
    }

    /// True when an entry named `name` exists (case-insensitively).
    public func contains(_ name: String) -> Bool { index(of: name) != nil }

    /// Central-directory facts about the entry at `index`.
    /// The corresponding C function is `zip_stat_index`.
    public func info(at index: Int) throws(ZipError) -> ZipEntryInfo {
        var st = zip_stat_t()
        zip_stat_init(&st)
        guard zip_stat_index(handle, zip_uint64_t(index), 0, &st) == 0 else {
            throw ZipError(code: .readFailed, path: path, entry: entryNames[safe: index], message: lastError())
        }
        let encrypted = (st.valid & UInt64(ZIP_STAT_ENCRYPTION_METHOD)) != 0 && st.encryption_method != UInt16(ZIP_EM_NONE)
        return ZipEntryInfo(
            index: index,
            name: entryNames[index],
            size: Int64(st.size),
            compressedSize: Int64(st.comp_size),
            crc: st.crc,
            isEncrypted: encrypted
        )
    }

    /// Opens the entry named `name` for streaming.
    ///
    /// Checks the recorded size and compression ratio against ``limits`` first; the stream
    /// re-checks the real inflated size as it reads, since a hostile header may lie.
    public func openEntry(_ name: String) throws(ZipError) -> ZipEntryReader {
        guard let i = index(of: name) else {
            throw ZipError(code: .entryNotFound, path: path, entry: name, message: "the workbook has no part named \(name)")
        }
        return try openEntry(at: i)
    }

    /// Opens the entry at `index` for streaming. See ``openEntry(_:)``.
    public func openEntry(at index: Int) throws(ZipError) -> ZipEntryReader {
        let meta = try info(at: index)
        if meta.isEncrypted {
            throw ZipError(code: .encryptedEntry, path: path, entry: meta.name, message: "the part is encrypted; save an unprotected copy and try again")
        }
        try checkDeclaredSize(meta)
        guard let f = zip_fopen_index(handle, zip_uint64_t(index), 0) else {
            let code = zip_error_code_zip(zip_get_error(handle))
            if code == ZIP_ER_NOPASSWD || code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_WRONGPASSWD {
                throw ZipError(code: .encryptedEntry, path: path, entry: meta.name, message: "the part is encrypted; save an unprotected copy and try again")
            }
            throw ZipError(code: .readFailed, path: path, entry: meta.name, message: lastError())
        }
        return ZipEntryReader(archive: self, file: f, info: meta)
    }

    /// Reads the whole entry named `name` into memory. Use only for small parts.
    public func read(_ name: String) throws(ZipError) -> [UInt8] {
        let reader = try openEntry(name)
        return try reader.readAll()
    }

    func checkDeclaredSize(_ meta: ZipEntryInfo) throws(ZipError) {
        if meta.size > limits.maxPartSize {
            throw ZipError(code: .inflatedTooLarge, path: path, entry: meta.name,
                           message: "the part would inflate to \(meta.size) bytes, above the limit of \(limits.maxPartSize)")
        }
        if meta.size > limits.ratioCheckThreshold {
            let ratio = Double(meta.size) / Double(max(meta.compressedSize, 1))
            if ratio > limits.maxCompressionRatio {
                throw ZipError(code: .suspiciousCompressionRatio, path: path, entry: meta.name,
                               message: "the part compresses \(Int(ratio)):1, which only a zip bomb does; the file was not read")
            }
        }
    }

    func lastError() -> String {
        String(cString: zip_error_strerror(zip_get_error(handle)))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
