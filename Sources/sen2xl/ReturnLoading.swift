import Foundation
import SEN2Schema

/// Reading a return for a command, and telling the user what the reader noticed.
enum ReturnLoading {
    /// Reads `input` for `year`: a COLLECT XML file (`.xml`), or a workbook or CSV folder
    /// following the mapping file at `mapping` when given.
    static func load(_ input: String, year: CollectionYear?, mapping: String?) throws -> (sen2Return: SEN2Return, report: ReadReport) {
        if input.lowercased().hasSuffix(".xml") {
            if let mapping { throw SEN2Error(file: mapping, message: "a mapping file describes a workbook or CSV folder, not an XML return; leave it out") }
            return try ReturnXMLReader(path: input).readAll()
        }
        let reader: ReturnReader
        if let mapping {
            reader = try ReturnReader(year: year, mapping: MappingFile.load(path: mapping), mappingPath: mapping)
        } else {
            reader = ReturnReader(year: year)
        }
        return try reader.read(path: input)
    }

    /// Prints unknown columns and issues to standard error, at most `limit` issues.
    static func printReport(_ report: ReadReport, limit: Int = 50) {
        var lines: [String] = []
        for column in report.unknownColumns { lines.append("note: " + column.description) }
        for issue in report.issues.prefix(limit) { lines.append(issue.description) }
        if report.issues.count > limit { lines.append("…and \(report.issues.count - limit) more") }
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
