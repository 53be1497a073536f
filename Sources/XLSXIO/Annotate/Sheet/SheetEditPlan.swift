/// A cell that gets a highlight.
struct SheetCellTarget: Hashable, Sendable {
    var ref: CellReference
    var severity: AnnotationSeverity
}

/// Everything the streaming editor is to do to one worksheet (or chart sheet) part.
struct SheetEditPlan: Sendable {
    /// The part being edited.
    var part: String
    /// The sheet's name, for error messages.
    var sheetName: String
    /// Cells to highlight, sorted by row then column, one per cell.
    var targets: [SheetCellTarget] = []
    /// The relationship id of the sheet's notes drawing, when the sheet gets notes; the editor
    /// inserts `<legacyDrawing>` with it unless the sheet already has one.
    var legacyDrawingRelationshipID: String?
    /// The relationships namespace URI (transitional or Strict) for `r:id`.
    var relationshipsNamespace: String
    /// Clear `tabSelected` on the sheet's views (another sheet becomes the active tab).
    var deselectTabs = false
    /// The changes an earlier run made, to take back first.
    var revert: SheetRecord?
    /// When taking back: also remove the `<legacyDrawing>` the earlier run inserted (because
    /// its drawing part is being removed).
    var removeEarlierLegacyDrawing = false

    /// True when the plan changes nothing.
    var isEmpty: Bool {
        targets.isEmpty && legacyDrawingRelationshipID == nil && !deselectTabs && (revert?.isEmpty ?? true)
    }
}

/// What the streaming editor did to one sheet.
struct SheetEditOutcome: Sendable {
    /// The changes made, for the hidden record.
    var record: SheetRecord
    /// The relationship id of the sheet's `<legacyDrawing>` after editing (found or inserted).
    var legacyDrawingID: String?
    /// Cells whose format was changed.
    var styledCells = 0
    /// Cells created.
    var createdCells = 0
    /// True when the output differs from the input.
    var modified = false
    /// Widths of columns that `<cols>` sets, in points, by 1-based column (for sizing notes).
    var columnWidths: [Int: Double] = [:]
}
