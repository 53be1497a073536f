/// Receives the events of an ``XMLPushParser``.
///
/// Handlers are classes so that the parser can call them through a stable reference while
/// libxml2 drives the parse. Each callback's arguments are borrowed views valid only for
/// that call.
public protocol XMLEventHandler: AnyObject {
    /// An element starts.
    func startElement(_ tag: XMLStartTag)
    /// An element ends. `localName` is the element's NUL-terminated local name.
    func endElement(localName: UnsafePointer<UInt8>)
    /// Character data (text or CDATA); one text node may arrive in several pieces.
    func characters(_ text: UnsafeBufferPointer<UInt8>)
    /// Asks whether the handler has seen enough; returning true stops the parse early
    /// without an error.
    var wantsToStop: Bool { get }
}

extension XMLEventHandler {
    /// By default a handler reads to the end.
    public var wantsToStop: Bool { false }
}
