/// Layout and features that do not depend on row order: they may be set at any time before
/// the workbook is finished.
extension SheetWriter {
    /// Sets the width of 1-based `columns`, in characters as Excel's column-width box shows
    /// it (Excel's default is 8.43).
    public func setColumnWidth(_ width: Double, columns: ClosedRange<Int>) throws(XLSXError) {
        try checkOpen()
        guard (0...255).contains(width) else { throw cellError(nil, "column width \(width) is outside Excel's 0 to 255 characters") }
        try checkColumns(columns)
        for c in columns { settings.columns[c, default: .init()].width = width }
    }

    /// Sets the width of one 1-based column. See ``setColumnWidth(_:columns:)``.
    public func setColumnWidth(_ width: Double, column: Int) throws(XLSXError) {
        try setColumnWidth(width, columns: column...column)
    }

    /// Hides 1-based `columns`.
    public func hideColumns(_ columns: ClosedRange<Int>) throws(XLSXError) {
        try checkOpen()
        try checkColumns(columns)
        for c in columns { settings.columns[c, default: .init()].hidden = true }
    }

    private func checkColumns(_ columns: ClosedRange<Int>) throws(XLSXError) {
        guard columns.lowerBound >= 1, columns.upperBound <= CellReference.maxColumn else {
            throw cellError(nil, "columns must be between 1 and \(CellReference.maxColumn)")
        }
    }

    /// Freezes the top `rows` rows and the left `columns` columns so they stay in view while
    /// scrolling (0 and 0 unfreezes).
    public func freezePanes(rows: Int, columns: Int = 0) {
        settings.frozenRows = max(0, min(rows, CellReference.maxRow - 1))
        settings.frozenColumns = max(0, min(columns, CellReference.maxColumn - 1))
    }

    /// Puts filter buttons on the first row of `range` (usually the header row through the
    /// last data row).
    public func setAutoFilter(_ range: CellRange) {
        settings.autoFilter = range
    }

    /// Merges the cells of `range` into one; only the top-left cell's value shows.
    ///
    /// - Throws: ``XLSXError`` for a one-cell range or one that overlaps an earlier merge
    ///   (Excel would repair the file).
    public func merge(_ range: CellRange) throws(XLSXError) {
        try checkOpen()
        guard range.cellCount > 1 else { throw cellError(range.first, "a merged range needs at least two cells") }
        if let clash = settings.merges.first(where: { $0.overlaps(range) }) {
            throw cellError(range.first, "the merged range \(range) overlaps \(clash), which is already merged")
        }
        settings.merges.append(range)
    }

    /// Adds a hyperlink on a cell. The cell's text is written separately, like any value
    /// (``CellStyle/hyperlink`` gives it Excel's link look).
    ///
    /// - Throws: ``XLSXError`` when the cell already has a link, or the address is empty or
    ///   longer than Excel's 2,079 characters.
    public func addHyperlink(_ link: Hyperlink) throws(XLSXError) {
        try checkOpen()
        if settings.hyperlinks.contains(where: { $0.cell == link.cell }) {
            throw cellError(link.cell, "the cell already has a hyperlink")
        }
        if case .url(let url) = link.target, url.isEmpty || url.utf16.count > 2079 {
            throw cellError(link.cell, "a link address must have 1 to 2,079 characters")
        }
        if case .location(let place) = link.target, place.isEmpty {
            throw cellError(link.cell, "a link location cannot be empty")
        }
        settings.hyperlinks.append(link)
    }

    /// Adds a data-validation rule (a dropdown list, or limits on what may be typed).
    ///
    /// - Throws: ``XLSXError`` when a limit of Excel's would be passed: a prompt or error title
    ///   over 32 characters or message over 255, an empty list or range list.
    public func addDataValidation(_ validation: DataValidation) throws(XLSXError) {
        try checkOpen()
        let at = validation.ranges.first?.first
        guard !validation.ranges.isEmpty else { throw cellError(nil, "a data validation needs at least one range") }
        func check(_ text: String, _ limit: Int, _ what: String) throws(XLSXError) {
            if text.utf16.count > limit {
                throw cellError(at, "the validation's \(what) has \(text.utf16.count) characters; Excel allows \(limit)")
            }
        }
        if let prompt = validation.prompt {
            try check(prompt.title, 32, "prompt title")
            try check(prompt.message, 255, "prompt message")
        }
        if let error = validation.error {
            try check(error.title, 32, "error title")
            try check(error.message, 255, "error message")
        }
        switch validation.rule {
        case .list(let values):
            if values.isEmpty { throw cellError(at, "a dropdown list needs at least one value") }
            if let long = values.first(where: { $0.utf16.count > 255 }) {
                throw cellError(at, "a dropdown value has \(long.utf16.count) characters; Excel shows at most 255")
            }
        case .listFormula(let f), .custom(let f):
            if f.isEmpty { throw cellError(at, "the validation formula is empty") }
        default:
            break
        }
        settings.validations.append(validation)
    }

    /// Adds a note (a legacy comment: the red triangle and the hover box) to a cell.
    ///
    /// - Parameters:
    ///   - author: the name Excel shows as the note's author.
    ///   - visible: show the box all the time instead of on hover.
    /// - Throws: ``XLSXError`` when the cell already has a note or the text is over 32,767
    ///   characters.
    public func addNote(at cell: CellReference, text: String, author: String = "sen2xl", visible: Bool = false) throws(XLSXError) {
        try checkOpen()
        if settings.notes.contains(where: { $0.cell == cell }) {
            throw cellError(cell, "the cell already has a note; put all its text in one note")
        }
        if text.utf16.count > WriteValue.maxStringLength {
            throw cellError(cell, "the note has \(text.utf16.count) characters; Excel allows \(WriteValue.maxStringLength)")
        }
        settings.notes.append(.init(cell: cell, text: text, author: author, visible: visible))
    }

    /// Protects the sheet: locked cells (the default; see ``Protection``) cannot be edited,
    /// unlocked ones can. No password is set, so a user can unprotect it from the Review tab.
    public func protect() {
        settings.isProtected = true
    }
}
