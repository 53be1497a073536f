#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads RFC 4180 CSV records one at a time (quoted fields may hold commas, quotes and line
/// breaks), from UTF-8 with or without a BOM, or Windows-1252.
///
/// The whole file is checked as UTF-8 before the first record is returned (in chunks, so memory
/// stays flat), so a stray "é" on line 90,000 cannot corrupt the records already read:
/// - with `encoding` UTF-8, or a UTF-8 byte-order mark, a byte that is not UTF-8 is an error
///   naming its line;
/// - otherwise a file that is valid UTF-8 is UTF-8; one with invalid bytes and no multi-byte
///   UTF-8 character is Windows-1252; one with both mixes encodings and is an error, since
///   either reading would turn some of its characters into others.
public final class CSVReader {
    /// The file being read.
    public let path: String
    /// The encoding in use (given or detected).
    public let encoding: TextEncoding
    /// The 1-based line on which the record last returned by ``next()`` starts.
    public private(set) var line = 0
    private let file: UnsafeMutablePointer<FILE>
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var position = 0
    private var available = 0
    private var atEnd = false
    private var nextLine = 1
    private let delimiter: UInt8

    /// Opens `path`. When `encoding` is nil it is detected (see the type's description).
    ///
    /// - Throws: ``XLSXError`` naming the line of the first byte that is not UTF-8 when the file
    ///   must be UTF-8 (by `encoding` or its byte-order mark) or mixes UTF-8 with another encoding.
    public init(path: String, encoding: TextEncoding? = nil, delimiter: UInt8 = UInt8(ascii: ",")) throws(XLSXError) {
        self.path = path
        self.delimiter = delimiter
        guard let f = fopen(path, "rb") else {
            throw XLSXError(code: .fileNotFound, file: path, message: "cannot open the file: \(String(cString: strerror(errno)))")
        }
        file = f
        var head = [UInt8](repeating: 0, count: 4)
        let n = fread(&head, 1, 4, f)
        if n >= 2, (head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF) {
            fclose(f)
            throw XLSXError(code: .invalidValue, file: path, message: "the file is UTF-16 text; save it as CSV UTF-8 and try again")
        }
        let hasBOM = n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF
        if encoding == .windows1252 {
            self.encoding = .windows1252
        } else {
            let scan = CSVReader.scan(f)
            do {
                self.encoding = try CSVReader.choose(scan, given: encoding, hasBOM: hasBOM, path: path)
            } catch {
                fclose(f)
                throw error
            }
        }
        fseek(f, hasBOM ? 3 : 0, SEEK_SET)
    }

    deinit { fclose(file) }

    /// Checks the whole file as UTF-8, a megabyte at a time.
    private static func scan(_ f: UnsafeMutablePointer<FILE>) -> UTF8Scan {
        fseek(f, 0, SEEK_SET)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var scan = UTF8Scan()
        while !scan.isDecided {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n == 0 { scan.finish(); break }
            chunk.withUnsafeBufferPointer { scan.feed(UnsafeBufferPointer(rebasing: $0[0..<n])) }
        }
        return scan
    }

    /// The encoding to read with, or the error for a file that cannot be read as text unchanged.
    static func choose(_ scan: UTF8Scan, given: TextEncoding?, hasBOM: Bool, path: String) throws(XLSXError) -> TextEncoding {
        guard let line = scan.firstInvalidLine else { return .utf8 }
        let hint = "pass --encoding windows-1252 if the file was saved by older Excel"
        if given == .utf8 {
            throw XLSXError(code: .invalidValue, file: path, cell: "line \(line)", message: "not valid UTF-8; \(hint)")
        }
        if hasBOM {
            throw XLSXError(code: .invalidValue, file: path, cell: "line \(line)",
                            message: "not valid UTF-8, although the file starts with a UTF-8 byte-order mark; save it again as CSV UTF-8, or \(hint)")
        }
        if scan.sawMultiByte {
            throw XLSXError(code: .invalidValue, file: path, cell: "line \(line)",
                            message: "not valid UTF-8, but other lines are: the file mixes UTF-8 and another encoding; save it again as CSV UTF-8, or pass --encoding windows-1252 to read all of it as Windows-1252")
        }
        return .windows1252
    }

    @inline(__always)
    private func nextByte() -> UInt8? {
        if position == available {
            if atEnd { return nil }
            available = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            position = 0
            if available == 0 { atEnd = true; return nil }
        }
        let b = buffer[position]
        position += 1
        return b
    }

    @inline(__always)
    private func peekByte() -> UInt8? {
        if position == available {
            if atEnd { return nil }
            available = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            position = 0
            if available == 0 { atEnd = true; return nil }
        }
        return buffer[position]
    }

    /// The next record's fields, or nil at the end of the file.
    ///
    /// - Throws: ``XLSXError`` when a quoted field is never closed (naming the line it opened on).
    public func next() throws(XLSXError) -> [String]? {
        guard peekByte() != nil else { return nil }
        line = nextLine
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var fieldStartedQuoted = false
        var quoteOpenedOnLine = 0
        while true {
            guard let b = nextByte() else {
                if quoted {
                    throw XLSXError(code: .invalidValue, file: path, cell: "line \(quoteOpenedOnLine)",
                                    message: "a quoted field opened on line \(quoteOpenedOnLine) is never closed; check for a stray double quote")
                }
                fields.append(encoding.decode(field[...]))
                return fields
            }
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if peekByte() == UInt8(ascii: "\"") { _ = nextByte(); field.append(b) } else { quoted = false }
                } else {
                    if b == 10 { nextLine += 1 }
                    field.append(b)
                }
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                if field.isEmpty && !fieldStartedQuoted {
                    quoted = true
                    fieldStartedQuoted = true
                    quoteOpenedOnLine = nextLine
                } else {
                    // A quote inside an unquoted field is kept literally, as spreadsheets do.
                    field.append(b)
                }
            case delimiter:
                fields.append(encoding.decode(field[...]))
                field.removeAll(keepingCapacity: true)
                fieldStartedQuoted = false
            case 13:
                if peekByte() == 10 { _ = nextByte() }
                nextLine += 1
                fields.append(encoding.decode(field[...]))
                return fields
            case 10:
                nextLine += 1
                fields.append(encoding.decode(field[...]))
                return fields
            default:
                field.append(b)
            }
        }
    }
}
