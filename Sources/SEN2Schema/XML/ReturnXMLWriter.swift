import XLSXIO

/// Writes a return as the COLLECT XML file of a collection year: UTF-8 with an XML
/// declaration, elements in the year's order, one element per line, absent values left out
/// (never written as empty elements), items the year does not collect left out.
///
/// Streams to a ``ByteSink`` person by person. The header is written as given: prepare it
/// with ``Header/prepared(for:la:release:serialNumber:now:)``.
public struct ReturnXMLWriter {
    /// The collection year whose structure is written.
    public let year: CollectionYear
    private let layouts: [Module: ModuleLayout]

    /// A writer for `year`.
    public init(year: CollectionYear) {
        self.year = year
        var layouts: [Module: ModuleLayout] = [:]
        for module in Module.allCases {
            layouts[module] = ModuleLayout(module: module, entries: year.declaration.entries(of: module))
        }
        self.layouts = layouts
    }

    /// Writes the whole document.
    public func write(header: Header, persons: some Sequence<Person>, to sink: ByteSink) throws(XLSXError) {
        try writeStart(header: header, to: sink)
        for person in persons { try write(person, to: sink) }
        try writeEnd(to: sink)
    }

    /// Writes the declaration, the header and the opening of `Persons`.
    public func writeStart(header: Header, to sink: ByteSink) throws(XLSXError) {
        try sink.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n  <Header>\n")
        try record(header, .collectionDetails, depth: 2, to: sink) { _, _ throws(XLSXError) in }
        try record(header, .source, depth: 2, to: sink) { _, _ throws(XLSXError) in }
        try sink.write("  </Header>\n  <Persons>\n")
    }

    /// Writes one person with everything under them.
    public func write(_ person: Person, to sink: ByteSink) throws(XLSXError) {
        try record(person, .person, depth: 2, to: sink) { _, depth throws(XLSXError) in
            for request in person.requests { try write(request, depth: depth, to: sink) }
        }
    }

    /// Closes `Persons` and `Message`.
    public func writeEnd(to sink: ByteSink) throws(XLSXError) {
        try sink.write("  </Persons>\n</Message>\n")
    }

    private func write(_ request: Request, depth: Int, to sink: ByteSink) throws(XLSXError) {
        try record(request, .requests, depth: depth, to: sink) { child, depth throws(XLSXError) in
            switch child {
            case .assessment:
                guard let assessment = request.assessment else { return }
                try record(assessment, .assessment, depth: depth, to: sink) { _, depth throws(XLSXError) in
                    guard let plan = assessment.namedPlan else { return }
                    try record(plan, .namedPlan, depth: depth, to: sink) { _, depth throws(XLSXError) in
                        for detail in plan.details { try record(detail, .planDetail, depth: depth, to: sink) { _, _ throws(XLSXError) in } }
                    }
                }
            case .activePlans:
                guard let active = request.activePlans else { return }
                try record(active, .activePlans, depth: depth, to: sink) { child, depth throws(XLSXError) in
                    if child == .placementDetail {
                        for p in active.placements { try record(p, .placementDetail, depth: depth, to: sink) { _, _ throws(XLSXError) in } }
                    } else {
                        for n in active.needs { try record(n, .senNeed, depth: depth, to: sink) { _, _ throws(XLSXError) in } }
                    }
                }
            default:
                return
            }
        }
    }

    /// Writes one record's element: its items in the year's order, with `children` called
    /// where each child element stands.
    private func record<R: ItemRecord>(_ r: R, _ module: Module, depth: Int, to sink: ByteSink,
                                       children: (Module, Int) throws(XLSXError) -> Void) throws(XLSXError) {
        guard let layout = layouts[module] else { return }
        try sink.write(layout.open)
        for part in layout.parts {
            switch part {
            case .item(let item, let open, let close):
                guard let text = r.field(item).text else { continue }
                try sink.write(open)
                try sink.write(XMLText.escaped(text))
                try sink.write(close)
            case .child(let child):
                try children(child, depth + 1)
            }
        }
        try sink.write(layout.close)
    }
}

/// One module's tags as bytes, built once per writer: the indentation depends only on the
/// module's level in the tree.
private struct ModuleLayout {
    enum Part {
        case item(Item, open: [UInt8], close: [UInt8])
        case child(Module)
    }

    let open: [UInt8]
    let close: [UInt8]
    let parts: [Part]

    init(module: Module, entries: [ModuleEntry]) {
        let indent = String(repeating: "  ", count: module.depth)
        open = Array((indent + "<" + module.element + ">\n").utf8)
        close = Array((indent + "</" + module.element + ">\n").utf8)
        parts = entries.compactMap { entry in
            switch entry {
            case .item(let spec):
                guard spec.requirement.isCollected else { return nil }
                return .item(spec.item, open: Array((indent + "  <" + spec.element + ">").utf8), close: Array(("</" + spec.element + ">\n").utf8))
            case .child(let child, _):
                return .child(child)
            }
        }
    }
}

extension Module {
    /// The element's depth below `Message` (`Header` and `Persons` are 1).
    var depth: Int {
        switch self {
        case .collectionDetails, .source, .person: return 2
        case .requests: return 3
        case .assessment, .activePlans: return 4
        case .namedPlan, .placementDetail, .senNeed: return 5
        case .planDetail: return 6
        }
    }
}
