import Foundation
import SEN2Schema

/// The short summary of findings the CLI prints: totals, then counts per rule, worst first.
/// It names rules and counts only, never a person's details.
enum FindingsConsole {
    /// Prints `counts` (at most `limit` rules) as aligned lines to `handle`.
    static func printCounts(_ counts: [RuleCount], limit: Int = 25, to handle: FileHandle = .standardOutput) {
        guard !counts.isEmpty else { return }
        let idWidth = min(36, counts.map(\.ruleID.count).max() ?? 0)
        let countWidth = String(counts.map(\.count).max() ?? 0).count
        var lines: [String] = []
        var severity: Severity?
        for count in counts.prefix(limit) {
            if count.severity != severity {
                severity = count.severity
                lines.append(count.severity == .error ? "  errors" : "  queries")
            }
            let id = count.ruleID.padding(toLength: max(idWidth, count.ruleID.count), withPad: " ", startingAt: 0)
            let number = String(repeating: " ", count: countWidth - String(count.count).count) + String(count.count)
            lines.append("    \(id)  \(number)  \(count.title)")
        }
        if counts.count > limit { lines.append("    …and \(counts.count - limit) more rules") }
        handle.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
