import Foundation
import SEN2Schema
import XLSXIO

/// Collects the planted mistakes of a cohort as it is generated and writes the answer key:
/// one CSV row per mistake with the sheet and cell (where a workbook layout is known), the
/// XML path, the kind, and the rule expected to find it.
public struct AnswerKeyBuilder: Sendable {
    /// The mistakes, in person order.
    public private(set) var mistakes: [PlantedMistake] = []

    /// An empty key.
    public init() {}

    /// Records the mistakes planted in `person`.
    public mutating func add(_ person: GeneratedPerson) { mistakes.append(contentsOf: person.mistakes) }

    /// The CSV text: a header line, then one line per mistake.
    public func csv(cells: (PlantedMistake) -> (sheet: String, cell: String)? = { _ in nil }) -> String {
        var out = "sheet,cell,xml_path,person_id,kind,expected_rule,description\r\n"
        for m in mistakes {
            let place = cells(m)
            let fields = [place?.sheet ?? m.table.sheetName, place?.cell ?? "", AnswerKeyBuilder.xmlPath(m), m.personID,
                          m.kind.rawValue, m.kind.expectedRule, m.kind.summary + ": " + m.detail]
            out += fields.map(AnswerKeyBuilder.quoted).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Writes the CSV to `path` atomically.
    public func write(to path: String, cells: (PlantedMistake) -> (sheet: String, cell: String)? = { _ in nil }) throws(SynthError) {
        do {
            try Data(csv(cells: cells).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw SynthError(location: path, message: "the answer key could not be written (\(error.localizedDescription))")
        }
    }

    /// Where the mistake is in the COLLECT XML, e.g. `Person[P0000012]/Requests[1]/ActivePlans/PlacementDetail[2]/EntryDate`.
    static func xmlPath(_ m: PlantedMistake) -> String {
        var path = "Person[\(m.personID)]"
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
