internal import CLibXML2

/// Checks XML files against a W3C XML Schema (XSD) with libxml2's validator.
///
/// The schema is compiled once; ``validate(file:limit:)`` streams the file (libxml2 validates
/// while parsing, without building a tree), so memory does not grow with the document. Each
/// violation names the line and, through a second streaming pass, the element's path with
/// positions (`Message/Persons/Person[12]/Sex`).
///
/// Owns the compiled schema and frees it in `deinit`. A compiled schema is never changed
/// after ``init(schema:name:)``, and libxml2 lets several validation contexts share one, so the
/// validator can be used from any thread (``XMLSchemaStreamCheck`` runs on its own).
public final class XMLSchemaValidator: @unchecked Sendable {
    let schema: xmlSchemaPtr
    private let document: xmlDocPtr
    /// The schema's name, for messages.
    public let name: String

    /// Compiles the schema in `bytes`.
    ///
    /// - Throws: ``XMLParseError`` naming the schema when it is not valid XML or not a valid
    ///   schema. The corresponding C functions are `xmlReadMemory`, `xmlSchemaNewDocParserCtxt` and `xmlSchemaParse`.
    public init(schema bytes: [UInt8], name: String) throws(XMLParseError) {
        self.name = name
        // Parse the schema document quietly first, so that libxml2 never prints to stderr.
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { xmlReadMemory($0, Int32(buffer.count), name, nil, options) }
            }
        }
        guard let parsed else { throw XMLParseError(part: name, message: "the schema is not well-formed XML") }
        let sink = SchemaErrorSink(part: name)
        var compiled: xmlSchemaPtr?
        if let context = xmlSchemaNewDocParserCtxt(parsed) {
            xmlSchemaSetParserStructuredErrors(context, SchemaErrorSink.handler, Unmanaged.passUnretained(sink).toOpaque())
            compiled = xmlSchemaParse(context)
            xmlSchemaFreeParserCtxt(context)
        }
        guard let compiled else {
            xmlFreeDoc(parsed)
            throw sink.violations.first.map { XMLParseError(part: name, line: $0.line, message: $0.message) }
                ?? XMLParseError(part: name, message: "the schema could not be compiled")
        }
        schema = compiled
        document = parsed
    }

    deinit {
        xmlSchemaFree(schema)
        xmlFreeDoc(document)
    }

    /// Validates the file at `path` and returns at most `limit` violations (none when valid).
    ///
    /// - Throws: ``XMLParseError`` when the file cannot be opened. Malformed XML is reported
    ///   as a violation, like any other reason the file does not conform.
    ///   The corresponding C function is `xmlSchemaValidateFile`.
    public func validate(file path: String, limit: Int = 20) throws(XMLParseError) -> [XMLSchemaViolation] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            throw XMLParseError(part: path, message: "cannot create a schema validator (out of memory)")
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let sink = SchemaErrorSink(part: path, limit: limit)
        xmlSchemaSetValidStructuredErrors(context, SchemaErrorSink.handler, Unmanaged.passUnretained(sink).toOpaque())
        let rc = xmlSchemaValidateFile(context, path, 0)
        if rc < 0 && sink.violations.isEmpty {
            throw XMLParseError(part: path, message: "the file could not be read for validation")
        }
        if rc > 0 && sink.violations.isEmpty {
            sink.violations.append(XMLSchemaViolation(line: 0, message: "the document does not conform to \(name)"))
        }
        return XMLSchemaValidator.locate(sink.violations, in: path)
    }

    /// Adds each violation's element path, found by streaming the file once more.
    static func locate(_ violations: [XMLSchemaViolation], in path: String) -> [XMLSchemaViolation] {
        guard !violations.isEmpty else { return [] }
        let paths = (try? XMLElementPaths.find(lines: Set(violations.map(\.line)), in: path)) ?? [:]
        return violations.map { v in
            var v = v
            v.path = paths[v.line]
            return v
        }
    }
}

/// One way a document breaks its schema.
public struct XMLSchemaViolation: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line, or 0 when unknown.
    public var line: Int
    /// libxml2's explanation (it names the element and the rule).
    public var message: String
    /// The path of the element open at that line, with 1-based positions among same-named
    /// siblings, when it could be found.
    public var path: String?

    /// Creates a violation.
    public init(line: Int, message: String, path: String? = nil) {
        self.line = line
        self.message = message
        self.path = path
    }

    public var description: String {
        (path ?? "line \(line)") + (path != nil && line > 0 ? " (line \(line))" : "") + ": " + message
    }
}

/// Collects libxml2's structured errors.
final class SchemaErrorSink {
    let part: String
    let limit: Int
    var violations: [XMLSchemaViolation] = []

    init(part: String, limit: Int = 20) {
        self.part = part
        self.limit = limit
    }

    static let handler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let sink = Unmanaged<SchemaErrorSink>.fromOpaque(context).takeUnretainedValue()
        guard sink.violations.count < sink.limit, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        sink.violations.append(XMLSchemaViolation(line: Int(error.pointee.line), message: message))
    }
}
