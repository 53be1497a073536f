/// One attribute of an ``XMLTreeElement``.
public struct XMLTreeAttribute: Hashable, Sendable {
    /// Local name.
    public var name: String
    /// Namespace prefix as written, if any.
    public var prefix: String?
    /// Namespace URI, if any.
    public var namespaceURI: String?
    /// Decoded value.
    public var value: String
}

/// A small in-memory element tree, for the short parts of a workbook (`workbook.xml`,
/// relationships, styles, content types). Worksheets are never read this way.
public struct XMLTreeElement: Hashable, Sendable {
    /// Local name.
    public var name: String
    /// Namespace prefix as written, if any.
    public var prefix: String?
    /// Namespace URI, if any.
    public var namespaceURI: String?
    /// Attributes in document order.
    public var attributes: [XMLTreeAttribute]
    /// Child elements in document order.
    public var children: [XMLTreeElement]
    /// The element's own character data, concatenated.
    public var text: String

    /// The value of the un-namespaced attribute `name`.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name && $0.namespaceURI == nil }?.value
    }

    /// The value of attribute `name` in a namespace whose URI ends with `suffix`.
    public func attribute(_ name: String, namespaceEndingWith suffix: String) -> String? {
        attributes.first { $0.name == name && ($0.namespaceURI?.hasSuffix(suffix) ?? false) }?.value
    }

    /// The first child with local name `name`.
    public func child(_ name: String) -> XMLTreeElement? { children.first { $0.name == name } }

    /// All children with local name `name`.
    public func children(_ name: String) -> [XMLTreeElement] { children.filter { $0.name == name } }

    /// Text of this element and all descendants, in order.
    public var allText: String { text + children.map(\.allText).joined() }

    /// Parses `bytes` into a tree.
    public static func parse(bytes: [UInt8], part: String) throws(XMLParseError) -> XMLTreeElement {
        let builder = XMLTreeBuilder()
        try XMLPushParser.parse(bytes: bytes, part: part, handler: builder)
        guard let root = builder.root else { throw XMLParseError(part: part, message: "the part has no root element") }
        return root
    }
}

final class XMLTreeBuilder: XMLEventHandler {
    var stack: [XMLTreeElement] = []
    var textStack: [[UInt8]] = []
    var root: XMLTreeElement?

    func startElement(_ tag: XMLStartTag) {
        var attributes: [XMLTreeAttribute] = []
        attributes.reserveCapacity(tag.attributeCount)
        for i in 0..<tag.attributeCount {
            attributes.append(XMLTreeAttribute(name: tag.attributeLocalName(i), prefix: tag.attributePrefix(i),
                                               namespaceURI: tag.attributeNamespaceURI(i), value: tag.attributeValue(i)))
        }
        stack.append(XMLTreeElement(name: tag.localName, prefix: tag.prefix, namespaceURI: tag.namespaceURI,
                                    attributes: attributes, children: [], text: ""))
        textStack.append([])
    }

    func endElement(localName: UnsafePointer<UInt8>) {
        guard var element = stack.popLast(), let text = textStack.popLast() else { return }
        element.text = String(decoding: text, as: UTF8.self)
        if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard !textStack.isEmpty else { return }
        textStack[textStack.count - 1].append(contentsOf: text)
    }
}
