internal import CLibXML2

private let libxmlInitialised: Void = { xmlInitParser() }()

/// A streaming SAX2 parser over libxml2's push interface.
///
/// Bytes are fed in chunks (for example straight from a ``ZipEntryReader``), so memory does
/// not grow with the document. The parser is hardened for untrusted input: no network, no
/// entity substitution, no DTD loading, and any `<!DOCTYPE` is refused outright, since no
/// OOXML part has one; "billion laughs" and XXE documents therefore fail cleanly.
///
/// Owns the libxml2 parser context and frees it in `deinit`.
public final class XMLPushParser {
    let context: xmlParserCtxtPtr
    let handler: any XMLEventHandler
    /// The part name used in error messages.
    public let part: String
    var failure: XMLParseError?

    /// Creates a parser that reports events to `handler`.
    /// The corresponding C function is `xmlCreatePushParserCtxt`.
    public init(part: String, handler: any XMLEventHandler) throws(XMLParseError) {
        _ = libxmlInitialised
        self.part = part
        self.handler = handler
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        // The parser outlives every callback (it owns the context that makes them), so the
        // callbacks borrow it without retaining: these run millions of times per sheet.
        sax.startElementNs = { ctx, localname, prefix, uri, nbNamespaces, namespaces, nbAttributes, _, attributes in
            Unmanaged<XMLPushParser>.fromOpaque(ctx!)._withUnsafeGuaranteedRef {
                $0.handler.startElement(XMLStartTag(
                    localNamePointer: localname!, prefixPointer: prefix, uriPointer: uri,
                    attributePointers: attributes, attributeCount: Int(nbAttributes),
                    namespacePointers: namespaces, namespaceCount: Int(nbNamespaces)))
            }
        }
        sax.endElementNs = { ctx, localname, _, _ in
            Unmanaged<XMLPushParser>.fromOpaque(ctx!)._withUnsafeGuaranteedRef { $0.handler.endElement(localName: localname!) }
        }
        let text: charactersSAXFunc = { ctx, bytes, length in
            Unmanaged<XMLPushParser>.fromOpaque(ctx!)._withUnsafeGuaranteedRef {
                $0.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
            }
        }
        sax.characters = text
        sax.ignorableWhitespace = text
        sax.internalSubset = { ctx, _, _, _ in
            let parser = Unmanaged<XMLPushParser>.fromOpaque(ctx!).takeUnretainedValue()
            parser.fail(message: "a document type declaration (<!DOCTYPE>) is not allowed in a workbook part")
        }
        sax.serror = { ctx, error in
            guard let ctx, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let parser = Unmanaged<XMLPushParser>.fromOpaque(ctx).takeUnretainedValue()
            guard parser.failure == nil else { return }
            var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            while message.last == "\n" { message.removeLast() }
            parser.failure = XMLParseError(part: parser.part, line: Int(error.pointee.line),
                                           column: Int(error.pointee.int2), message: message)
        }
        guard let ctxt = xmlCreatePushParserCtxt(&sax, nil, nil, 0, part) else {
            throw XMLParseError(part: part, message: "cannot create an XML parser (out of memory)")
        }
        context = ctxt
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOWARNING.rawValue)
        xmlCtxtUseOptions(ctxt, options)
        ctxt.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
    }

    deinit { xmlFreeParserCtxt(context) }

    func fail(message: String) {
        if failure == nil { failure = XMLParseError(part: part, message: message) }
        xmlStopParser(context)
    }

    /// The 1-based line the parser has reached (inside a callback: the line where the
    /// current start or end tag finishes). The corresponding C function is `xmlSAX2GetLineNumber`.
    public var currentLine: Int { Int(xmlSAX2GetLineNumber(context)) }

    /// True once the handler asked to stop; later feeds are ignored.
    public private(set) var stopped = false

    /// Parses the next chunk of the document.
    /// The corresponding C function is `xmlParseChunk`.
    public func feed(_ bytes: UnsafeRawBufferPointer) throws(XMLParseError) {
        guard !stopped, bytes.count > 0 else { return }
        var offset = 0
        // xmlParseChunk takes an Int32 length; feed very large buffers piecewise.
        while offset < bytes.count {
            let n = min(bytes.count - offset, 1 << 24)
            let base = bytes.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self)
            let rc = xmlParseChunk(context, base, Int32(n), 0)
            try check(rc)
            if handler.wantsToStop { stopped = true; return }
            offset += n
        }
    }

    /// Signals the end of the document and reports any error found at the end.
    public func finish() throws(XMLParseError) {
        guard !stopped else { return }
        let rc = xmlParseChunk(context, nil, 0, 1)
        try check(rc)
    }

    private func check(_ rc: Int32) throws(XMLParseError) {
        if let failure { throw failure }
        if rc != 0 {
            throw XMLParseError(part: part, message: "XML error \(rc)")
        }
    }

    /// Parses a whole zip entry, streaming it through `handler`.
    public static func parse(_ entry: ZipEntryReader, part: String, handler: any XMLEventHandler) throws(XLSXError) {
        let parser: XMLPushParser
        do { parser = try XMLPushParser(part: part, handler: handler) } catch { throw XLSXError(error, file: entry.archive.path) }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 256 * 1024, alignment: 16)
        defer { chunk.deallocate() }
        do {
            while true {
                let n = try entry.read(into: chunk)
                if n == 0 { break }
                try parser.feed(UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
                if parser.stopped { return }
            }
            try parser.finish()
        } catch let error as ZipError {
            throw XLSXError(error)
        } catch let error as XMLParseError {
            throw XLSXError(error, file: entry.archive.path)
        } catch {
            throw XLSXError(code: .malformedPart, file: entry.archive.path, part: part, message: "\(error)")
        }
    }

    /// Parses an in-memory document.
    public static func parse(bytes: [UInt8], part: String, handler: any XMLEventHandler) throws(XMLParseError) {
        let parser = try XMLPushParser(part: part, handler: handler)
        try bytes.withUnsafeBytes { raw in Result { () throws(XMLParseError) in try parser.feed(raw) } }.get()
        try parser.finish()
    }
}
