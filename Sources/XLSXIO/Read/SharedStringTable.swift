/// The workbook's shared strings, held compactly: one UTF-8 buffer plus an offset per entry.
///
/// Holding 200,000 strings this way costs their bytes plus eight bytes each, instead of a
/// `String` object per entry. Long entries are turned into `String`s once and reused, so a
/// huge string referenced by thousands of cells (a "reference bomb") is held only once.
public final class SharedStringTable {
    var bytes: [UInt8] = []
    var offsets: [Int] = [0]
    private var longStringCache: [Int: String] = [:]
    static let cacheThreshold = 256

    /// Number of entries.
    public var count: Int { offsets.count - 1 }

    /// An empty table (workbooks without a shared-string part).
    public init() {}

    /// Calls `body` with the UTF-8 bytes of entry `index`.
    ///
    /// - Warning: Do not escape the buffer from the closure.
    @inline(__always)
    public func withBytes<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = offsets[index], end = offsets[index + 1]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Entry `index` as a `String`.
    public func string(at index: Int) -> String {
        let start = offsets[index], end = offsets[index + 1]
        if end - start >= SharedStringTable.cacheThreshold {
            if let cached = longStringCache[index] { return cached }
            let s = String(decoding: bytes[start..<end], as: UTF8.self)
            longStringCache[index] = s
            return s
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func append(_ text: [UInt8]) {
        bytes.append(contentsOf: text)
        offsets.append(bytes.count)
    }

    /// Reads the shared-string part `part` from `archive`, enforcing the byte limit.
    static func read(part: String, archive: ZipArchive) throws(XLSXError) -> SharedStringTable {
        let table = SharedStringTable()
        let entry: ZipEntryReader
        do { entry = try archive.openEntry(part) } catch { throw XLSXError(error) }
        let handler = SharedStringParser(table: table, limit: archive.limits.maxSharedStringBytes)
        try XMLPushParser.parse(entry, part: part, handler: handler)
        if handler.overLimit {
            throw XLSXError(code: .limitExceeded, file: archive.path, part: part,
                            message: "the shared-string table holds more than \(archive.limits.maxSharedStringBytes) bytes of text; the file was not read")
        }
        return table
    }
}

/// Collects `<si>` entries: direct `<t>` text or the `<t>` of each rich-text run `<r>`,
/// leaving out phonetic guides (`<rPh>`).
final class SharedStringParser: XMLEventHandler {
    let table: SharedStringTable
    let limit: Int
    var current: [UInt8] = []
    var raw: [UInt8] = []
    var inItem = false
    var inText = false
    var phoneticDepth = 0
    var overLimit = false

    init(table: SharedStringTable, limit: Int) {
        self.table = table
        self.limit = limit
    }

    var wantsToStop: Bool { overLimit }

    func startElement(_ tag: XMLStartTag) {
        if tag.hasLocalName("si") {
            inItem = true
            current.removeAll(keepingCapacity: true)
        } else if tag.hasLocalName("rPh") {
            phoneticDepth += 1
        } else if tag.hasLocalName("t"), inItem, phoneticDepth == 0 {
            inText = true
            raw.removeAll(keepingCapacity: true)
        }
    }

    func endElement(localName: UnsafePointer<UInt8>) {
        if cStringEquals(localName, "t") {
            if inText {
                raw.withUnsafeBufferPointer { OOXMLEscapes.appendDecoded($0, to: &current) }
                inText = false
            }
        } else if cStringEquals(localName, "rPh") {
            phoneticDepth -= 1
        } else if cStringEquals(localName, "si") {
            inItem = false
            if table.bytes.count + current.count > limit { overLimit = true; return }
            table.append(current)
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard inText, !overLimit else { return }
        raw.append(contentsOf: text)
        // Check while the text grows, not only at </si>: one enormous entry must not be
        // gathered in full before it is refused.
        if table.bytes.count + current.count + raw.count > limit { overLimit = true }
    }
}
