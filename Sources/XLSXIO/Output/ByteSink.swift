#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@inline(__always)
private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    write(fd, p, n)
}

/// A buffered byte writer to a file descriptor (standard output or a file).
///
/// Buffers 256 KiB at a time so that writing millions of small fields costs few system calls.
public final class ByteSink {
    let fd: Int32
    let ownsDescriptor: Bool
    var buffer: [UInt8] = []
    let capacity = 256 * 1024
    /// A description of the destination for error messages.
    public let name: String
    /// Called with every block of bytes just before it is written, so that another consumer
    /// (a schema check, a digest) can see the stream without reading the file back.
    public var tee: ((UnsafeRawBufferPointer) -> Void)?

    /// A sink writing to standard output.
    public static func standardOutput() -> ByteSink { ByteSink(fd: 1, owns: false, name: "standard output") }

    init(fd: Int32, owns: Bool, name: String) {
        self.fd = fd
        self.ownsDescriptor = owns
        self.name = name
        buffer.reserveCapacity(capacity)
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// Appends bytes.
    @inline(__always)
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        if buffer.count + bytes.count > capacity { try flush() }
        buffer.append(contentsOf: bytes)
    }

    /// Appends a string's UTF-8.
    @inline(__always)
    public func write(_ text: String) throws(XLSXError) {
        var t = text
        try t.withUTF8Typed { (b) throws(XLSXError) in try write(b) }
    }

    /// Appends bytes held in an array (precomputed tags, for example).
    @inline(__always)
    public func write(_ bytes: [UInt8]) throws(XLSXError) {
        if buffer.count + bytes.count > capacity { try flush() }
        buffer.append(contentsOf: bytes)
    }

    /// Appends one byte.
    @inline(__always)
    public func write(byte: UInt8) throws(XLSXError) {
        if buffer.count >= capacity { try flush() }
        buffer.append(byte)
    }

    /// Writes out whatever is buffered.
    public func flush() throws(XLSXError) {
        if let tee, !buffer.isEmpty { buffer.withUnsafeBytes { tee($0) } }
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                systemWrite(fd, raw.baseAddress!.advanced(by: offset), raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                buffer.removeAll(keepingCapacity: true)
                throw XLSXError(code: .writeFailed, file: name, message: "cannot write: \(reason)")
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
