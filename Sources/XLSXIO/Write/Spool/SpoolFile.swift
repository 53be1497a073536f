#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A part being streamed to a temporary file, so that memory never holds it whole.
///
/// A part's head often depends on what comes after it (a worksheet's `<dimension>` and
/// `<cols>`, a string table's counts), so the file starts with a reserved gap: the body is
/// appended after the gap, and ``finish(head:tail:)`` writes the head right-aligned into the
/// gap and appends the tail. The part is then the contiguous byte range from the head's
/// start to the end, handed to libzip as a sized file source without copying. Only a head
/// larger than the gap (thousands of distinct column widths) costs a copy.
///
/// Appends never throw: the first write failure is kept in ``failure`` and later appends are
/// dropped, so the hot path has no error checks; callers check ``failure`` at row ends and
/// ``finish(head:tail:)`` throws it.
final class SpoolFile {
    /// The temporary file's path.
    private(set) var path: String
    /// The first write failure, if any.
    private(set) var failure: XLSXError?
    private var fd: Int32
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0
    private let gap: Int
    private var written: Int64
    private let label: String
    private let destination: String
    private let folder: String
    private var extraPaths: [String] = []

    /// Creates a hidden temporary file in `folder`.
    ///
    /// - Parameters:
    ///   - label: the part's name, for error messages (`xl/worksheets/sheet1.xml`).
    ///   - destination: the workbook being written, for error messages.
    ///   - reservedHead: bytes to leave free at the start for the head.
    init(folder: String, label: String, destination: String, reservedHead: Int, bufferSize: Int = 1 << 20) throws(XLSXError) {
        self.label = label
        self.destination = destination
        self.folder = folder
        (path, fd) = try SpoolFile.makeTemporary(in: folder, destination: destination, label: label)
        capacity = bufferSize
        buffer = .allocate(capacity: bufferSize)
        gap = reservedHead
        written = Int64(reservedHead)
    }

    deinit {
        buffer.deallocate()
        if fd >= 0 { close(fd) }
        unlink(path)
        for p in extraPaths { unlink(p) }
    }

    static func makeTemporary(in folder: String, destination: String, label: String) throws(XLSXError) -> (String, Int32) {
        var template = Array((folder + "/.sen2xl-part-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw XLSXError(code: .writeFailed, file: destination, part: label,
                            message: "cannot create a temporary file in \(folder): \(String(cString: strerror(errno)))")
        }
        return (template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }, fd)
    }

    /// Appends one byte.
    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { flush() }
        buffer[count] = byte
        count += 1
    }

    /// Appends raw bytes.
    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        if count + n > capacity {
            flush()
            if n > capacity {
                writeOut(UnsafeRawBufferPointer(bytes))
                return
            }
        }
        if n > 0 { (buffer + count).update(from: bytes.baseAddress!, count: n) }
        count += n
    }

    /// Appends a literal.
    @inline(__always)
    func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends a string's UTF-8.
    @inline(__always)
    func append(string text: String) {
        var copy = text
        copy.withUTF8 { append($0) }
    }

    /// Appends a non-negative or negative integer in decimal.
    @inline(__always)
    func appendDecimal(_ value: Int) {
        if count + 21 > capacity { flush() }
        var v = value.magnitude
        if value < 0 {
            buffer[count] = UInt8(ascii: "-")
            count += 1
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let n = withUnsafeMutableBytes(of: &digits) { raw -> Int in
            var k = 0
            repeat {
                raw[23 - k] = UInt8(truncatingIfNeeded: v % 10) + 48
                v /= 10
                k += 1
            } while v > 0
            (buffer + count).update(from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + 24 - k, count: k)
            return k
        }
        count += n
    }

    /// Writes out the buffered bytes.
    func flush() {
        guard count > 0 else { return }
        writeOut(UnsafeRawBufferPointer(start: buffer, count: count))
        count = 0
    }

    private func writeOut(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        var offset = 0
        while offset < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + offset, bytes.count - offset, off_t(written))
            if n < 0 {
                if errno == EINTR { continue }
                failure = XLSXError(code: .writeFailed, file: destination, part: label,
                                    message: "cannot write the temporary file \(path): \(String(cString: strerror(errno)))")
                return
            }
            offset += n
            written += Int64(n)
        }
    }

    /// Writes the head into the gap and appends the tail, and returns where the finished
    /// part lies in ``path``.
    func finish(head: [UInt8], tail: [UInt8]) throws(XLSXError) -> (offset: Int64, length: Int64) {
        tail.withUnsafeBufferPointer { append($0) }
        flush()
        if let failure { throw failure }
        if head.count <= gap {
            let start = gap - head.count
            try writeAll(head, at: Int64(start), to: fd)
            return (Int64(start), written - Int64(start))
        }
        return try finishByCopying(head: head)
    }

    /// The rare path: the head does not fit the gap, so the part is copied to a second file.
    private func finishByCopying(head: [UInt8]) throws(XLSXError) -> (offset: Int64, length: Int64) {
        let (copyPath, copyFD) = try SpoolFile.makeTemporary(in: folder, destination: destination, label: label)
        extraPaths.append(copyPath)
        defer { close(copyFD) }
        try writeAll(head, at: 0, to: copyFD)
        var position = Int64(gap)
        var target = Int64(head.count)
        while position < written {
            let n = pread(fd, buffer, capacity, off_t(position))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw XLSXError(code: .writeFailed, file: destination, part: label, message: "cannot read back the temporary file \(path)")
            }
            try writeAll(UnsafeRawBufferPointer(start: buffer, count: n), at: target, to: copyFD)
            position += Int64(n)
            target += Int64(n)
        }
        unlink(path)
        path = copyPath
        extraPaths.removeLast()
        close(fd)
        fd = -1
        return (0, target)
    }

    private func writeAll(_ bytes: [UInt8], at offset: Int64, to descriptor: Int32) throws(XLSXError) {
        try bytes.withUnsafeBytes { raw in
            Result { () throws(XLSXError) in try writeAll(raw, at: offset, to: descriptor) }
        }.get()
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer, at offset: Int64, to descriptor: Int32) throws(XLSXError) {
        var done = 0
        while done < bytes.count {
            let n = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + Int64(done)))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw XLSXError(code: .writeFailed, file: destination, part: label,
                                message: "cannot write the temporary file: \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }
}
