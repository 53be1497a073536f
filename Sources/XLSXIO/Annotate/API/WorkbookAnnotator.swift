/// Writes validation results into a copy of the user's own workbook: highlighted cells and
/// notes, optionally a summary sheet, and nothing else changed.
///
/// Every zip entry the annotations do not touch is copied raw (same compressed bytes, same
/// CRC); inside the parts that are edited, only the necessary bytes change, so formatting,
/// formulas, `x14` validations, conditional formats, charts, pivots, macros, threaded
/// comments and VML buttons all survive. The input is never modified, and the output appears
/// atomically.
///
/// Annotating is idempotent: sen2xl keeps a hidden record of what it changed, and a later run
/// first takes those changes back (keeping edits the user made since), so annotating twice
/// gives the same file as annotating once, and ``clear(input:output:overwrite:)`` gives back
/// the original parts.
///
///     let report = try WorkbookAnnotator.annotate(
///         input: "return.xlsx", output: "return-checked.xlsx",
///         annotations: [CellAnnotation(sheet: "Data", cell: CellReference("B7")!, severity: .error,
///                                      message: "UPN check letter is wrong")])
public enum WorkbookAnnotator {
    /// Annotates a copy of `input`, written to `output`.
    ///
    /// - Parameters:
    ///   - annotations: findings per cell; several on one cell make one note, a line each, and
    ///     the cell takes the most serious one's highlight.
    ///   - summary: a sheet to add after the existing ones and make active, or nil.
    ///   - overwrite: replace `output` when it exists.
    ///   - severityLabels: start each note line with its severity (`Error: …`). Callers whose
    ///     messages already say what they are (the validator's `[rule id] message`) turn it off;
    ///     the fill colour still shows the severity.
    /// - Throws: ``XLSXError`` for a workbook the reader rejects (with the same message), an
    ///   unknown sheet or a chart sheet in `annotations`, an output that is the input or has
    ///   the wrong extension (`.xlsm` must stay `.xlsm`), or a failure to write.
    public static func annotate(input: String, output: String, annotations: [CellAnnotation],
                                summary: SummarySheet? = nil, overwrite: Bool = false,
                                severityLabels: Bool = true) throws(XLSXError) -> AnnotationReport {
        try AnnotationRun(input: input, output: output, overwrite: overwrite, severityLabels: severityLabels)
            .perform(annotations, summary: summary)
    }

    /// Writes a copy of `input` to `output` with sen2xl's earlier annotations removed.
    public static func clear(input: String, output: String, overwrite: Bool = false) throws(XLSXError) -> AnnotationReport {
        try AnnotationRun(input: input, output: output, overwrite: overwrite).perform([], summary: nil)
    }
}
