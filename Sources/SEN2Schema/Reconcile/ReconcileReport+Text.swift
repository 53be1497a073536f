import XLSXIO

extension ReconcileReport {
    /// Writes a readable report: the counts, then the ambiguous persons and the persons found
    /// on one side only, then each linked person's differences (at most `limit` lines per list,
    /// so that a large migration stays readable; `-o` writes everything).
    public func writeText(to sink: ByteSink, limit: Int = 50) throws(XLSXError) {
        let methods = Dictionary(grouping: links.links, by: \.method)
        var lines = [
            "Reconciliation: \(NumberText.grouped(old.persons.count)) old persons, \(NumberText.grouped(new.persons.count)) new persons",
            "  matched          \(NumberText.grouped(links.links.count))"
                + LinkMethod.allCases.compactMap { m in methods[m].map { "\(m.rawValue) \(NumberText.grouped($0.count))" } }.joined(separator: ", ").prefixedIfNotEmpty(" (by "),
            "  only in old      \(NumberText.grouped(links.onlyOld.count))",
            "  only in new      \(NumberText.grouped(links.onlyNew.count))",
            "  ambiguous        \(NumberText.grouped(links.ambiguous.count))",
            "  differing items  \(NumberText.grouped(differenceCount)) in \(NumberText.grouped(differences.filter { !$0.isEmpty }.count)) matched persons"
                + differencesByTable.map { "\($0.table.sheetName) \(NumberText.grouped($0.count))" }.joined(separator: ", ").prefixedIfNotEmpty(" ("),
        ]
        if !links.ambiguous.isEmpty {
            lines.append("")
            lines.append("Ambiguous (not merged; decide by hand):")
            for a in links.ambiguous.prefix(limit) {
                lines.append("  \(oldID(a.old)) could be \(a.candidates.map(newID).joined(separator: " or ")): \(a.reason)")
            }
            if links.ambiguous.count > limit { lines.append("  … and \(links.ambiguous.count - limit) more") }
        }
        appendList("Only in old", links.onlyOld.map(oldID), to: &lines, limit: limit)
        appendList("Only in new", links.onlyNew.map(newID), to: &lines, limit: limit)
        let differing = zip(links.links, differences).filter { !$0.1.isEmpty }
        if !differing.isEmpty {
            lines.append("")
            lines.append("Differences (old → new):")
            for (link, list) in differing.prefix(limit) {
                lines.append("  \(oldID(link.old)) ↔ \(newID(link.new)) (\(link.method.rawValue), \(ReconcileReport.confidenceText(link.confidence)))")
                for d in list {
                    lines.append("    \(d.table.sheetName).\(d.itemName): \(d.oldValue.isEmpty ? "(none)" : d.oldValue) → \(d.newValue.isEmpty ? "(none)" : d.newValue)")
                }
            }
            if differing.count > limit { lines.append("  … and \(differing.count - limit) more persons with differences") }
        }
        try sink.write(lines.joined(separator: "\n") + "\n")
    }

    private func appendList(_ title: String, _ ids: [String], to lines: inout [String], limit: Int) {
        guard !ids.isEmpty else { return }
        lines.append("")
        lines.append("\(title): " + ids.prefix(limit).joined(separator: ", ") + (ids.count > limit ? ", … and \(ids.count - limit) more" : ""))
    }
}

extension String {
    /// `prefix + self + ")"` when not empty, else empty: for optional parenthesised details.
    func prefixedIfNotEmpty(_ prefix: String) -> String {
        isEmpty ? "" : prefix + self + ")"
    }
}
