import ArgumentParser
import Foundation
import XLSXIO

extension SEN2XL {
    /// `sen2xl annotate BOOK --notes NOTES.csv -o OUT`: highlight cells and add notes in a copy
    /// of the user's own workbook.
    struct Annotate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write notes and highlights into a copy of a workbook, changing nothing else.",
            discussion: """
            NOTES.csv has the header sheet,cell,severity,message; severity is error (light red fill), query \
            (amber fill) or info (note only). Several rows for one cell make one note. Every part of the workbook \
            that is not annotated is copied unchanged; the input is never modified. Annotating a file sen2xl \
            annotated before first removes the earlier annotations; --clear only removes them. \
            Exit status 2 when the workbook or the CSV cannot be used.
            """)

        @Argument(help: "The workbook (.xlsx or .xlsm).", completion: .file(extensions: ["xlsx", "xlsm"]))
        var book: String

        @Option(name: .long, help: "The annotations: CSV with header sheet,cell,severity,message.", completion: .file(extensions: ["csv"]))
        var notes: String?

        @Option(name: [.customShort("o"), .long], help: "The annotated copy to write (same extension as the workbook).")
        var output: String

        @Flag(name: .long, help: "Add a summary sheet listing every annotation, with links, as the active tab.")
        var summary = false

        @Flag(name: .long, help: "Only remove sen2xl's earlier annotations.")
        var clear = false

        @Flag(name: .long, help: "Replace the output file if it exists.")
        var force = false

        func validate() throws {
            if clear && notes != nil { throw ValidationError("--clear removes annotations; it cannot be combined with --notes") }
            if clear && summary { throw ValidationError("--summary needs --notes") }
            if !clear && notes == nil { throw ValidationError("give --notes NOTES.csv, or --clear") }
        }

        func run() throws {
            try Failure.guarded {
                try OutputPaths.check(outputs: [output], inputs: [book, notes])
                let report: AnnotationReport
                var sheets = 0
                if let notes {
                    let rows = try AnnotationCSV.read(path: notes)
                    // Sheets that get a note, not those where only earlier marks were removed.
                    sheets = Set(rows.map { $0.annotation.sheet.lowercased() }).count
                    report = try annotate(rows)
                } else {
                    report = try WorkbookAnnotator.clear(input: book, output: output, overwrite: force)
                }
                FileHandle.standardError.write(Data((describe(report, sheets: sheets) + "\n").utf8))
            }
        }

        /// Annotates, naming the CSV line of an annotation the workbook cannot take.
        private func annotate(_ rows: [AnnotationCSV.Row]) throws(XLSXError) -> AnnotationReport {
            do {
                return try WorkbookAnnotator.annotate(input: book, output: output, annotations: rows.map(\.annotation),
                                                      summary: summary ? FindingsSummary.sheet(for: rows.map(\.annotation)) : nil,
                                                      overwrite: force)
            } catch {
                let sheet = error.code == .sheetNotFound || error.code == .invalidValue ? error.sheet : nil
                guard let sheet, let row = rows.first(where: { $0.annotation.sheet.lowercased() == sheet.lowercased() }) else { throw error }
                throw XLSXError(code: error.code, file: notes ?? book, sheet: sheet, message: "line \(row.line): \(error.message)")
            }
        }

        private func describe(_ r: AnnotationReport, sheets: Int) -> String {
            if clear {
                return r.removedEarlierAnnotations ? "sen2xl: removed earlier annotations; wrote \(output)" : "sen2xl: no sen2xl annotations found; wrote an unchanged copy to \(output)"
            }
            var line = "sen2xl: annotated \(r.annotatedCells) cells on \(sheets) sheet\(sheets == 1 ? "" : "s")"
                + " (\(r.highlightedCells) highlighted, \(r.createdCells) of them new); notes: \(r.notesAdded) added, \(r.notesExtended) extended"
            if let name = r.summarySheetName { line += "; summary sheet '\(name)'" }
            if r.removedEarlierAnnotations { line += "; earlier annotations replaced" }
            return line + "; wrote \(output)"
        }
    }
}
