import Foundation
import SEN2Schema
import XLSXIO

/// Collects the planted mistakes of a cohort as it is generated and writes the answer key:
/// one CSV row per mistake with the sheet and cell of the template workbook, the path in the
/// COLLECT XML, the kind, and the id of the validation rule expected to find it.
public struct AnswerKeyBuilder: Sendable {
    /// One row of the key.
    public struct Entry: Sendable, Hashable {
        /// The mistake.
        public var mistake: PlantedMistake
        /// The sheet of the template workbook.
        public var sheet: String
        /// The cell (A1), when the workbook layout gives one.
        public var cell: String?
    }

    /// The rows, in person order.
    public private(set) var entries: [Entry] = []
    private var cells: TemplateCells

    /// An empty key for a cohort of `year`.
    public init(year: CollectionYear) { cells = TemplateCells(year: year) }

    /// Records the mistakes planted in `person`; call it for every person, in order.
    public mutating func add(_ person: GeneratedPerson) {
        for m in person.mistakes {
            let place = cells.cell(of: m, in: person.person)
            entries.append(Entry(mistake: m, sheet: place?.sheet ?? m.table.sheetName, cell: place?.cell))
        }
        cells.advance(over: person.person)
    }

    /// The planted mistakes.
    public var mistakes: [PlantedMistake] { entries.map(\.mistake) }

    /// The CSV text: a header line, then one line per mistake.
    public func csv() -> String {
        var out = "sheet,cell,xml_path,person_id,kind,expected_rule,description\r\n"
        for e in entries {
            let m = e.mistake
            let fields = [e.sheet, e.cell ?? "", AnswerKeyBuilder.xmlPath(m), m.personID, m.kind.rawValue, m.rule,
                          m.kind.summary + ": " + m.detail]
            out += fields.map(AnswerKeyBuilder.quoted).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Writes the CSV to `path` atomically.
    public func write(to path: String, overwrite: Bool) throws(XLSXError) {
        let file = try AtomicFile(destination: path, overwrite: overwrite)
        let sink = try file.openSink()
        try sink.write(csv())
        try sink.flush()
        try file.commit()
    }

    /// Where the mistake is in the COLLECT XML, written as the validator writes element paths:
    /// `Message/Persons/Person[12]/Requests[1]/ActivePlans/PlacementDetail[2]/EntryDate`.
    public static func xmlPath(_ m: PlantedMistake) -> String {
        var path = "Message/Persons/Person[\(m.personIndex + 1)]"
        if let r = m.request { path += "/Requests[\(r + 1)]" }
        switch m.table {
        case .header, .persons, .requests: break
        case .assessments: path += "/Assessment"
        case .namedPlans: path += "/Assessment/NamedPlan"
        case .planDetails: path += "/Assessment/NamedPlan/PlanDetail[\((m.position ?? 0) + 1)]"
        case .activePlans: path += "/ActivePlans"
        case .placementDetails: path += "/ActivePlans/PlacementDetail[\((m.position ?? 0) + 1)]"
        case .senNeeds: path += "/ActivePlans/SENneed[\((m.position ?? 0) + 1)]"
        }
        if let item = m.item { path += "/" + item.element }
        return path
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
