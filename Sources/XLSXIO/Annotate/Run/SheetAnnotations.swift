/// The annotations of one sheet, gathered per cell.
struct SheetAnnotations {
    var sheet: SheetInfo
    /// Cells in first-mention order, each with its lines in order.
    var cells: [(cell: CellReference, lines: [(severity: AnnotationSeverity, message: String)])] = []

    /// Highlights: each cell with the most serious severity that has a fill, sorted.
    var targets: [SheetCellTarget] {
        cells.compactMap { entry -> SheetCellTarget? in
            guard let worst = entry.lines.map(\.severity).max(), worst.fillARGB != nil else { return nil }
            return SheetCellTarget(ref: entry.cell, severity: worst)
        }.sorted { $0.ref < $1.ref }
    }

    /// Note text per cell: one line per annotation, `Error: message` (or just `message`
    /// without `severityLabels`).
    func notes(severityLabels: Bool) -> [(cell: CellReference, text: String)] {
        cells.map { entry in
            (entry.cell, entry.lines.map { line in
                if !severityLabels { return line.message }
                return line.message.isEmpty ? line.severity.label : "\(line.severity.label): \(line.message)"
            }.joined(separator: "\n"))
        }.sorted { $0.cell < $1.cell }
    }
}
