/// An error reading or writing a workbook.
///
/// Always says where: the file, and where known the part, the sheet and the cell, so that a
/// message can tell a user exactly what to open and what to fix.
public struct XLSXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, independent of wording. New codes can be added without breaking
    /// callers that `switch` over the ones they know.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Storage: String, Hashable, Sendable {
            case fileNotFound, notAWorkbook, encrypted, legacyFormat, binaryFormat
            case damagedArchive, missingPart, malformedPart, limitExceeded
            case sharedStringOutOfRange, sheetNotFound, invalidValue, writeFailed
        }
        let storage: Storage

        /// The file does not exist or cannot be opened.
        public static var fileNotFound: Code { Code(storage: .fileNotFound) }
        /// The file is not a zip-based workbook at all.
        public static var notAWorkbook: Code { Code(storage: .notAWorkbook) }
        /// The workbook is password-protected (an encrypted OLE compound file).
        public static var encrypted: Code { Code(storage: .encrypted) }
        /// The file is a legacy binary `.xls` workbook.
        public static var legacyFormat: Code { Code(storage: .legacyFormat) }
        /// The file is an Excel binary `.xlsb` workbook.
        public static var binaryFormat: Code { Code(storage: .binaryFormat) }
        /// The zip container is truncated or damaged.
        public static var damagedArchive: Code { Code(storage: .damagedArchive) }
        /// A part the workbook needs is missing.
        public static var missingPart: Code { Code(storage: .missingPart) }
        /// A part's XML is malformed or has an impossible structure.
        public static var malformedPart: Code { Code(storage: .malformedPart) }
        /// A safety limit was hit (zip bomb, oversized part, oversized string table).
        public static var limitExceeded: Code { Code(storage: .limitExceeded) }
        /// A cell refers to a shared string that does not exist.
        public static var sharedStringOutOfRange: Code { Code(storage: .sharedStringOutOfRange) }
        /// The requested sheet does not exist.
        public static var sheetNotFound: Code { Code(storage: .sheetNotFound) }
        /// A value cannot be represented (for example a string over 32,767 characters).
        public static var invalidValue: Code { Code(storage: .invalidValue) }
        /// Writing the output failed.
        public static var writeFailed: Code { Code(storage: .writeFailed) }

        public var description: String { storage.rawValue }
    }

    /// The kind of failure.
    public var code: Code
    /// The workbook's path.
    public var file: String
    /// The part inside the workbook, when known.
    public var part: String?
    /// The sheet name, when known.
    public var sheet: String?
    /// The cell reference (e.g. `C17`), when known; for a CSV file, the line (`line 12`).
    public var cell: String?
    /// What happened and, where possible, what to do about it.
    public var message: String

    /// Creates an error.
    public init(code: Code, file: String, part: String? = nil, sheet: String? = nil, cell: String? = nil, message: String) {
        self.code = code
        self.file = file
        self.part = part
        self.sheet = sheet
        self.cell = cell
        self.message = message
    }

    /// Wraps a container error.
    public init(_ error: ZipError) {
        let code: Code
        switch error.code {
        case .notAZip: code = .notAWorkbook
        case .truncated, .checksumMismatch, .readFailed: code = .damagedArchive
        case .entryNotFound: code = .missingPart
        case .encryptedEntry: code = .encrypted
        case .inflatedTooLarge, .suspiciousCompressionRatio: code = .limitExceeded
        case .openFailed: code = .fileNotFound
        case .writeFailed: code = .writeFailed
        default: code = .damagedArchive
        }
        self.init(code: code, file: error.path, part: error.entry, message: error.message)
    }

    /// Wraps an XML error in the workbook at `file`.
    public init(_ error: XMLParseError, file: String, sheet: String? = nil) {
        var message = "malformed XML"
        if error.line > 0 { message += " at line \(error.line)" + (error.column > 0 ? ", column \(error.column)" : "") }
        self.init(code: .malformedPart, file: file, part: error.part, sheet: sheet,
                  message: message + ": " + error.message)
    }

    public var description: String {
        var location = file
        if let sheet { location += ", sheet '\(sheet)'" }
        // CSV positions travel in `cell` as "line 12"; only an A1 reference is called a cell.
        if let cell { location += CellReference(cell) != nil ? ", cell \(cell)" : ", \(cell)" }
        if let part { location += " [\(part)]" }
        return "\(location): \(message)"
    }
}
