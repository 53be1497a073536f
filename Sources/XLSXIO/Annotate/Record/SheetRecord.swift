/// A value sen2xl replaced: what it was and what sen2xl wrote.
struct ValueChange: Hashable, Sendable {
    var original: String
    var applied: String
}

/// What sen2xl changed in one worksheet part, with what is needed to take it back while
/// streaming the sheet (sheets can be far too big to hold as a document).
struct SheetRecord: Hashable, Sendable {
    /// One cell whose format sen2xl changed or which sen2xl created.
    struct Cell: Hashable, Sendable {
        var ref: CellReference
        /// True when the cell did not exist and sen2xl wrote `<c r=… s=…/>`.
        var created: Bool
        /// The `s` attribute as it was (nil: absent).
        var originalStyle: String?
        /// The `s` value sen2xl wrote.
        var appliedStyle: String
    }

    /// One row sen2xl created or whose tag it changed.
    struct Row: Hashable, Sendable {
        var index: Int
        /// True when sen2xl wrote the whole `<row r=…>` element.
        var created = false
        /// True when the row was `<row …/>` and sen2xl opened it to add cells.
        var expanded = false
        /// The `spans` attribute, when sen2xl widened it.
        var spans: ValueChange?
    }

    /// The worksheet part.
    var part: String
    var cells: [Cell] = []
    var rows: [Row] = []
    /// `<dimension ref>`, when sen2xl widened it.
    var dimension: ValueChange?
    /// True when `<sheetData/>` was opened to add rows.
    var sheetDataExpanded = false
    /// The exact `<legacyDrawing …/>` element sen2xl inserted.
    var legacyDrawing: String?
    /// A namespace declaration sen2xl added to the root element: attribute name (`xmlns:r`)
    /// as `original`, URI as `applied`.
    var namespaceDeclaration: ValueChange?
    /// For each `<sheetView>` in order: the `tabSelected` value sen2xl cleared, or nil.
    var tabSelected: [String?] = []
    /// The cells sen2xl wrote note text on, so that it can be found by content once another
    /// program has rewritten the notes (info notes have no highlight, so no `cells` entry).
    var notes: [CellReference] = []

    /// True when the record holds no change.
    var isEmpty: Bool {
        cells.isEmpty && rows.isEmpty && dimension == nil && !sheetDataExpanded && legacyDrawing == nil
            && namespaceDeclaration == nil && tabSelected.allSatisfy { $0 == nil } && notes.isEmpty
    }

    /// True when the record lists note cells and nothing changed in the sheet's XML.
    var changingNothingButNotes: Bool {
        var rest = self
        rest.notes = []
        return rest.isEmpty
    }
}
