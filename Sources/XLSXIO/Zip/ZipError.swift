/// An error reported by the zip container layer.
///
/// Carries the archive path and, where one is involved, the entry name, so that a message
/// shown to a user always says which file and which part failed.
public struct ZipError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, independent of the message wording.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Storage: Hashable, Sendable {
            case notAZip, truncated, entryNotFound, encryptedEntry, readFailed
            case inflatedTooLarge, suspiciousCompressionRatio, checksumMismatch
            case writeFailed, openFailed, other
        }
        let storage: Storage

        /// The file is not a zip archive. The corresponding libzip code is `ZIP_ER_NOZIP`.
        public static var notAZip: Code { Code(storage: .notAZip) }
        /// The archive ends early or its directory is damaged (`ZIP_ER_INCONS`, `ZIP_ER_EOF`).
        public static var truncated: Code { Code(storage: .truncated) }
        /// The named entry does not exist (`ZIP_ER_NOENT`).
        public static var entryNotFound: Code { Code(storage: .entryNotFound) }
        /// The entry is encrypted (`ZIP_ER_NOPASSWD`, `ZIP_ER_ENCRNOTSUPP`).
        public static var encryptedEntry: Code { Code(storage: .encryptedEntry) }
        /// Reading or inflating the entry failed.
        public static var readFailed: Code { Code(storage: .readFailed) }
        /// The entry inflates past the configured size limit.
        public static var inflatedTooLarge: Code { Code(storage: .inflatedTooLarge) }
        /// The entry's compression ratio is beyond what real spreadsheets produce.
        public static var suspiciousCompressionRatio: Code { Code(storage: .suspiciousCompressionRatio) }
        /// The inflated data does not match the stored CRC (`ZIP_ER_CRC`).
        public static var checksumMismatch: Code { Code(storage: .checksumMismatch) }
        /// Writing the archive failed.
        public static var writeFailed: Code { Code(storage: .writeFailed) }
        /// The file could not be opened (missing, unreadable).
        public static var openFailed: Code { Code(storage: .openFailed) }
        /// Any other libzip failure.
        public static var other: Code { Code(storage: .other) }

        public var description: String { "\(storage)" }
    }

    /// The kind of failure.
    public var code: Code
    /// The archive's path on disk.
    public var path: String
    /// The entry inside the archive, when one is involved.
    public var entry: String?
    /// A human-readable explanation, already naming what to do where that is known.
    public var message: String

    /// Creates an error.
    public init(code: Code, path: String, entry: String? = nil, message: String) {
        self.code = code
        self.path = path
        self.entry = entry
        self.message = message
    }

    public var description: String {
        if let entry { return "\(path) [\(entry)]: \(message)" }
        return "\(path): \(message)"
    }
}
