import XLSXIO

/// The summary sheet `sen2xl annotate --summary` adds: counts, then one row per annotation
/// with a link to its cell.
enum FindingsSummary {
    static func sheet(for annotations: [CellAnnotation]) -> SummarySheet {
        let counts = AnnotationSeverity.allCases.map { s in "\(annotations.count { $0.severity == s }) \(s.label.lowercased())" }
        var rows: [[SummarySheet.Cell]] = [
            [.text("Annotated by sen2xl \(SEN2XLVersion.current): " + counts.joined(separator: ", "), .header)],
            [],
            [.text("Sheet", .header), .text("Cell", .header), .text("Severity", .header), .text("Message", .header)],
        ]
        for a in annotations {
            rows.append([.text(a.sheet, .plain), .link(a.cell.description, sheet: a.sheet, cell: a.cell),
                         .text(a.severity.label, .plain), .text(a.message, .wrapped)])
        }
        return SummarySheet(name: "sen2xl summary", columnWidths: [24, 10, 10, 90], rows: rows, frozenRows: 3)
    }
}
