import Foundation
import SEN2Schema
import XLSXIO

/// The result of `sen2xl validate`, as the console shows it.
struct ValidationOutcome {
    let input: String
    let result: ReturnCheck.Result
    let checkedCopy: String?
    let report: String?
    let kind: InputKind

    func print() {
        let c = result.context
        var lines = ["Checked \(URL(fileURLWithPath: input).lastPathComponent) for the \(c.year) collection "
                     + "(reference date \(Self.ukDate(c.referenceDate))): \(result.persons) person(s), "
                     + "\(result.errors) error(s), \(result.queries) quer\(result.queries == 1 ? "y" : "ies")."]
        if !c.year.isConfirmed { lines.append("(\(c.year) uses the 2026 structure until the DfE publishes its specification.)") }
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        FindingsConsole.printCounts(RuleCount.counts(of: result.findings))
        var after: [String] = []
        if let checkedCopy {
            after.append("Checked copy: \(checkedCopy) — each finding is marked on its cell; the Validation summary sheet lists them all.")
        } else if kind != .workbook && !result.findings.isEmpty {
            after.append("Pass -o CHECKED.xlsx to get the return as a template workbook with each finding marked on its cell.")
        }
        if let report { after.append("Report: \(report)") }
        if !after.isEmpty { FileHandle.standardOutput.write(Data((after.joined(separator: "\n") + "\n").utf8)) }
    }

    /// `15/01/2026`, as the findings write dates.
    static func ukDate(_ d: CalendarDate) -> String {
        (d.day < 10 ? "0" : "") + "\(d.day)/" + (d.month < 10 ? "0" : "") + "\(d.month)/\(d.year)"
    }
}
