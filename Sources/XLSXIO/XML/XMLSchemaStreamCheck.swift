internal import CLibXML2
import Foundation

/// Validates a document against a schema while it is being written, on a thread of its own,
/// so that writing and validating overlap.
///
/// Feed it every block of the document as it is produced (``ByteSink/tee`` does this), then
/// call ``finish(path:)``. Memory stays bounded: at most a few blocks wait for the checker,
/// and the writer pauses when it gets that far ahead.
public final class XMLSchemaStreamCheck: @unchecked Sendable {
    // Every mutable property below is guarded by `condition`.
    private let condition = NSCondition()
    private var chunks: [[UInt8]] = []
    private var current: [UInt8] = []
    private var position = 0
    private var ended = false
    /// The checker has stopped reading; the writer's further blocks are dropped.
    private var stopped = false
    /// The checker's verdict is in ``violations``.
    private var done = false
    private var violations: [XMLSchemaViolation] = []
    private let maximumWaiting = 8

    /// Starts checking a document against `validator`; `name` appears in messages.
    public init(validator: XMLSchemaValidator, name: String, limit: Int = 20) {
        let thread = Thread { [self] in
            let found = self.run(schema: validator, name: name, limit: limit)
            self.condition.lock()
            self.violations = found
            self.done = true
            self.condition.broadcast()
            self.condition.unlock()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Hands the checker the next block of the document (copied).
    public func feed(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count > 0 else { return }
        condition.lock()
        while chunks.count >= maximumWaiting && !stopped { condition.wait() }
        if !stopped { chunks.append(Array(bytes)) }
        condition.broadcast()
        condition.unlock()
    }

    /// Marks the end of the document, waits for the check, and returns the violations with
    /// their element paths (looked up in the finished file at `path`).
    public func finish(path: String) -> [XMLSchemaViolation] {
        condition.lock()
        ended = true
        condition.broadcast()
        while !done { condition.wait() }
        let found = violations
        condition.unlock()
        return XMLSchemaValidator.locate(found, in: path)
    }

    /// Copies up to `count` bytes of the document into `buffer`, waiting for the writer;
    /// 0 at the end. Runs on the checker's thread, called by libxml2.
    fileprivate func read(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int {
        condition.lock()
        defer { condition.unlock() }
        while position == current.count {
            if let next = chunks.first {
                chunks.removeFirst()
                current = next
                position = 0
                condition.broadcast()
            } else if ended {
                return 0
            } else {
                condition.wait()
            }
        }
        let n = min(count, current.count - position)
        current.withUnsafeBytes { raw in
            UnsafeMutableRawPointer(buffer).copyMemory(from: raw.baseAddress! + position, byteCount: n)
        }
        position += n
        return n
    }

    /// Runs libxml2's streaming validator over the fed blocks. The corresponding C functions
    /// are `xmlParserInputBufferCreateIO` and `xmlSchemaValidateStream`.
    private func run(schema validator: XMLSchemaValidator, name: String, limit: Int) -> [XMLSchemaViolation] {
        let sink = SchemaErrorSink(part: name, limit: limit)
        guard let context = xmlSchemaNewValidCtxt(validator.schema) else {
            drain()
            return [XMLSchemaViolation(line: 0, message: "cannot create a schema validator (out of memory)")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, SchemaErrorSink.handler, Unmanaged.passUnretained(sink).toOpaque())
        let me = Unmanaged.passUnretained(self).toOpaque()
        let readBlock: xmlInputReadCallback = { context, buffer, length in
            guard let context, let buffer else { return -1 }
            let check = Unmanaged<XMLSchemaStreamCheck>.fromOpaque(context).takeUnretainedValue()
            return Int32(check.read(into: buffer, count: Int(length)))
        }
        let close: xmlInputCloseCallback = { _ in 0 }
        // libxml2 takes ownership of the input buffer and frees it when validation ends.
        guard let input = xmlParserInputBufferCreateIO(readBlock, close, me, XML_CHAR_ENCODING_NONE) else {
            drain()
            return [XMLSchemaViolation(line: 0, message: "cannot create an input buffer (out of memory)")]
        }
        let rc = xmlSchemaValidateStream(context, input, XML_CHAR_ENCODING_NONE, nil, nil)
        drain()
        if rc != 0 && sink.violations.isEmpty {
            sink.violations.append(XMLSchemaViolation(line: 0, message: "the document is not well-formed or does not conform to \(validator.name)"))
        }
        return sink.violations
    }

    /// Discards whatever the writer still sends once validation has stopped. It must not
    /// set `done`: ``finish(path:)`` would then read the violations before they are stored.
    private func drain() {
        condition.lock()
        stopped = true
        chunks.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
