import XLSXIO

/// The establishments of a Get Information about Schools (GIAS) export, by URN.
///
/// Reads the "all establishment data" CSV that GIAS offers for download (`edubasealldata…csv`,
/// usually Windows-1252), or any CSV with its headings `URN`, `TypeOfEstablishment (name)` and
/// `PhaseOfEducation (name)` (`EstablishmentName` and `EstablishmentTypeGroup (name)` are used
/// when present). Other columns are ignored, in any order.
public struct GIASDirectory: Sendable {
    /// The establishments, by URN.
    public private(set) var establishments: [String: Establishment] = [:]

    /// An empty directory (every URN is unknown).
    public init() {}

    /// A directory of the given establishments.
    public init(_ list: [Establishment]) {
        for e in list { establishments[e.urn] = e }
    }

    /// Reads a GIAS CSV export.
    ///
    /// - Throws: ``XLSXError`` when the file cannot be read or lacks a required column.
    public init(path: String) throws(XLSXError) {
        let reader = try CSVReader(path: path)
        guard let headings = try reader.next() else {
            throw XLSXError(code: .invalidValue, file: path, message: "the GIAS file is empty; download the establishment fields CSV from GIAS")
        }
        func column(_ name: String) -> Int? {
            headings.firstIndex { $0.trimmingSpaces.lowercased() == name.lowercased() }
        }
        let required = ["URN", "TypeOfEstablishment (name)", "PhaseOfEducation (name)"]
        let found = required.map(column)
        if let missing = zip(required, found).first(where: { $0.1 == nil })?.0 {
            throw XLSXError(code: .invalidValue, file: path, cell: "line 1",
                            message: "the GIAS file has no '\(missing)' column; use GIAS's establishment fields CSV, whose headings include "
                                + required.map { "'\($0)'" }.joined(separator: ", "))
        }
        let urnColumn = found[0]!, typeColumn = found[1]!, phaseColumn = found[2]!
        let nameColumn = column("EstablishmentName"), groupColumn = column("EstablishmentTypeGroup (name)")
        while let record = try reader.next() {
            guard urnColumn < record.count, let urn = URN(record[urnColumn]) else { continue }
            func text(_ index: Int?) -> String {
                guard let index, index < record.count else { return "" }
                return record[index].trimmingSpaces
            }
            establishments[urn.text] = Establishment(urn: urn.text, name: text(nameColumn), type: text(typeColumn),
                                                     phase: text(phaseColumn), typeGroup: text(groupColumn))
        }
    }

    /// The establishment with `urn`, if the export has it.
    public subscript(urn: URN) -> Establishment? { establishments[urn.text] }

    /// The number of establishments.
    public var count: Int { establishments.count }
}
