import XLSXIO

/// Reads a COLLECT XML return (ours or another system's) person by person, streaming: a
/// national file of 640,000 persons is never held whole, only the person being read.
///
/// Element names are matched ignoring case, so `SENsetting` and `SENSetting` both read.
/// Values that cannot be read are kept raw on the records and reported with their line;
/// unknown elements are reported and skipped.
public struct ReturnXMLReader {
    /// The file.
    public let path: String

    /// A reader of the file at `path`.
    public init(path: String) { self.path = path }

    /// Reads the file, calling `header` once the header is complete and `person` for each
    /// person in file order.
    ///
    /// - Returns: what the reader noticed (unreadable values, unknown elements).
    /// - Throws: ``SEN2Error`` when the file cannot be opened or is not well-formed XML, or
    ///   rethrows what the callbacks throw.
    @discardableResult
    public func read(header: (Header) throws -> Void, person: (Person) throws -> Void) throws -> ReadReport {
        let builder = ReturnXMLBuilder(file: path)
        let parser: XMLPushParser
        do { parser = try XMLPushParser(part: path, handler: builder) } catch { throw SEN2Error(file: path, message: error.description) }
        builder.parser = parser
        guard let file = fopen(path, "rb") else {
            throw SEN2Error(file: path, message: "cannot open the file")
        }
        defer { fclose(file) }
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        var headerSent = false
        func drain() throws {
            if !headerSent, let h = builder.completedHeader {
                try header(h)
                headerSent = true
            }
            for p in builder.completedPersons { try person(p) }
            builder.completedPersons.removeAll(keepingCapacity: true)
        }
        while true {
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n == 0 { break }
            let fed = buffer.withUnsafeBytes { raw in
                Result { () throws(XMLParseError) in try parser.feed(UnsafeRawBufferPointer(rebasing: raw[0..<n])) }
            }
            if case .failure(let error) = fed { throw SEN2Error(file: path, message: error.description) }
            try drain()
        }
        do { try parser.finish() } catch { throw SEN2Error(file: path, message: error.description) }
        try drain()
        guard builder.sawMessage else {
            throw SEN2Error(file: path, message: "this is not a SEN2 return: its root element is not <Message>")
        }
        return builder.report
    }

    /// Reads the whole file into a return (for files that fit in memory).
    public func readAll() throws -> (sen2Return: SEN2Return, report: ReadReport) {
        var result = SEN2Return(sources: [SourceTable(file: path, format: .xml)])
        let report = try read(header: { result.header = $0 }, person: { result.persons.append($0) })
        return (result, report)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds records from SAX events: one open record per level, attached to its parent when
/// its element closes.
final class ReturnXMLBuilder: XMLEventHandler {
    let file: String
    weak var parser: XMLPushParser?
    var report = ReadReport()
    var completedHeader: Header?
    var completedPersons: [Person] = []
    var sawMessage = false

    private var header = Header()
    private var person = Person()
    private var request = Request()
    private var assessment = Assessment()
    private var plan = NamedPlan()
    private var planDetail = PlanDetail()
    private var active = ActivePlans()
    private var placement = PlacementDetail()
    private var need = SENNeed()
    /// The modules open, innermost last.
    private var open: [Module] = []
    private var depth = 0
    private var text: [UInt8] = []
    private var collectingText = false

    /// Element name (lower case) → item, per module.
    private static let items: [Module: [String: Item]] = {
        var map: [Module: [String: Item]] = [:]
        for item in Item.allCases { map[item.module, default: [:]][item.element.lowercased()] = item }
        return map
    }()
    private static let modules: [String: Module] = Dictionary(uniqueKeysWithValues: Module.allCases.map { ($0.element.lowercased(), $0) })
    private static let containers: Set<String> = ["message", "header", "persons"]

    init(file: String) { self.file = file }

    private var origin: RecordOrigin { RecordOrigin(source: 0, row: parser?.currentLine ?? 0) }

    func startElement(_ tag: XMLStartTag) {
        depth += 1
        let name = tag.localName.lowercased()
        if depth == 1 { sawMessage = name == "message" }
        if let module = ReturnXMLBuilder.modules[name] {
            open.append(module)
            collectingText = false
            switch module {
            case .collectionDetails, .source: if header.origin == .none { header.origin = origin }
            case .person: person = Person(origin: origin)
            case .requests: request = Request(origin: origin)
            case .assessment: assessment = Assessment(origin: origin)
            case .namedPlan: plan = NamedPlan(origin: origin)
            case .planDetail: planDetail = PlanDetail(origin: origin)
            case .activePlans: active = ActivePlans(origin: origin)
            case .placementDetail: placement = PlacementDetail(origin: origin)
            case .senNeed: need = SENNeed(origin: origin)
            }
            return
        }
        text.removeAll(keepingCapacity: true)
        collectingText = true
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if collectingText { text.append(contentsOf: bytes) }
    }

    func endElement(localName: UnsafePointer<UInt8>) {
        defer { depth -= 1 }
        let name = String(cString: localName).lowercased()
        if let module = ReturnXMLBuilder.modules[name], open.last == module {
            open.removeLast()
            close(module)
            return
        }
        guard collectingText else { return }
        collectingText = false
        if ReturnXMLBuilder.containers.contains(name) { return }
        guard let module = open.last, let item = ReturnXMLBuilder.items[module]?[name] else {
            report.issues.append(ReadIssue(kind: .unknownElement, location: here(element: String(cString: localName)),
                                           message: "is not an element of \(open.last?.element ?? "the return"); it was skipped"))
            return
        }
        let value = String(decoding: text, as: UTF8.self)
        let ok: Bool
        switch module {
        case .collectionDetails, .source: ok = header.read(item, from: .string(value))
        case .person: ok = person.read(item, from: .string(value))
        case .requests: ok = request.read(item, from: .string(value))
        case .assessment: ok = assessment.read(item, from: .string(value))
        case .namedPlan: ok = plan.read(item, from: .string(value))
        case .planDetail: ok = planDetail.read(item, from: .string(value))
        case .activePlans: ok = active.read(item, from: .string(value))
        case .placementDetail: ok = placement.read(item, from: .string(value))
        case .senNeed: ok = need.read(item, from: .string(value))
        }
        if !ok {
            report.issues.append(ReadIssue(kind: .unreadableValue, location: here(element: item.element), value: value,
                                           message: "is not \(item.kind.expectation)"))
        }
    }

    private func close(_ module: Module) {
        switch module {
        case .collectionDetails: break
        case .source: completedHeader = header
        case .person: completedPersons.append(person)
        case .requests: person.requests.append(request)
        case .assessment:
            guard request.assessment == nil else { return tooMany("assessment", "Requests/Assessment", at: assessment.origin) }
            request.assessment = assessment
        case .namedPlan:
            guard assessment.namedPlan == nil else { return tooMany("named plan", "Assessment/NamedPlan", at: plan.origin) }
            assessment.namedPlan = plan
        case .planDetail: plan.details.append(planDetail)
        case .activePlans:
            guard request.activePlans == nil else { return tooMany("active-plans record", "Requests/ActivePlans", at: active.origin) }
            request.activePlans = active
        case .placementDetail: active.placements.append(placement)
        case .senNeed: active.needs.append(need)
        }
    }

    /// Keeps the first of a record the return allows once per parent and reports the extra
    /// one where it starts, as the workbook reader reports a second row.
    private func tooMany(_ what: String, _ path: String, at origin: RecordOrigin) {
        report.issues.append(ReadIssue(kind: .tooManyRecords, location: SourceLocation(file: file, row: Int(origin.row), element: path),
                                       message: "a second \(what) for the same request: the return allows one; this one is left out and the first kept"))
    }

    private func here(element: String) -> SourceLocation {
        SourceLocation(file: file, row: parser?.currentLine, element: element)
    }
}
