/// Somewhere bytes can be written in order: a file (``ByteSink``) or memory (``ByteCollector``).
public protocol ByteOutput: AnyObject {
    /// Appends bytes.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError)
}

extension ByteSink: ByteOutput {}

/// Collects written bytes in memory, for parts small enough to hold.
public final class ByteCollector: ByteOutput {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty collector.
    public init() {}

    /// Appends bytes.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        self.bytes.append(contentsOf: bytes)
    }
}
