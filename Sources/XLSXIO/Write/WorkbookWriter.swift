/// Writes a new `.xlsx` workbook, streaming each sheet's rows to disk.
///
/// Memory does not grow with the number of rows: rows go to a temporary file per sheet, next
/// to the destination, and are compressed into the workbook only by ``finish()``, which
/// writes the whole file atomically. Until then nothing exists at the destination, and a
/// writer dropped without finishing leaves nothing behind.
///
///     let book = try WorkbookWriter(path: "cohort.xlsx")
///     let sheet = try book.addSheet(named: "Children")
///     let header = book.style(CellStyle(font: .bold, fill: .solid(.lightGrey)))
///     try sheet.writeRow(["UPN", "Surname", "Date of birth"], style: header)
///     try sheet.writeRow(["A123456789012", "Smith", .date(CalendarDate(year: 2015, month: 3, day: 9))])
///     sheet.freezePanes(rows: 1)
///     try book.finish()
public final class WorkbookWriter {
    /// How the workbook is written.
    public struct Options: Sendable {
        /// Replace an existing file at the destination.
        public var overwrite: Bool
        /// Compression of every part.
        public var compression: EntryCompression
        /// Shared or inline strings.
        public var strings: StringStorage
        /// The serial-date epoch (the 1900 system unless there is a reason).
        public var dateSystem: DateSystem

        /// Creates options. The defaults write shared strings with a bounded table, deflated
        /// at ``EntryCompression/standard``.
        public init(overwrite: Bool = false, compression: EntryCompression = .standard,
                    strings: StringStorage = .standard, dateSystem: DateSystem = .date1900) {
            self.overwrite = overwrite
            self.compression = compression
            self.strings = strings
            self.dateSystem = dateSystem
        }
    }

    /// The destination path.
    public var path: String { context.destination }
    /// Title, author and creation time.
    public var properties = DocumentProperties()
    /// The sheets in tab order.
    public private(set) var sheets: [SheetWriter] = []
    /// The sheet shown when the workbook opens; nil means the first visible sheet.
    public var activeSheet: SheetWriter?

    let context: WorkbookContext
    private let zip: ZipArchiveWriter
    private var definedNames: [DefinedName] = []

    /// Prepares to write `path`. Fails at once (before any rows are written) if the file
    /// exists and `options.overwrite` is false, or the folder does not exist.
    public init(path: String, options: Options = Options()) throws(XLSXError) {
        do { zip = try ZipArchiveWriter(path: path, overwrite: options.overwrite) } catch { throw XLSXError(error) }
        let folder = PartName.split(path).folder
        context = try WorkbookContext(destination: path, folder: folder.isEmpty ? "." : folder, options: options)
    }

    /// Adds a sheet at the end of the tab order.
    ///
    /// - Throws: ``XLSXError`` when the name breaks Excel's rules (empty, over 31 characters,
    ///   `[]:*?/\`) or another sheet has it (ignoring case).
    public func addSheet(named name: String) throws(XLSXError) -> SheetWriter {
        if context.isFinished { throw context.error("the workbook has already been written", sheet: name) }
        if let problem = SheetName.problem(with: name) { throw context.error(problem, sheet: name) }
        if sheets.contains(where: { $0.name.lowercased() == name.lowercased() }) {
            throw context.error("the workbook already has a sheet with this name", sheet: name)
        }
        let sheet = try SheetWriter(name: name, context: context, part: "xl/worksheets/sheet\(sheets.count + 1).xml",
                                    position: sheets.count)
        sheets.append(sheet)
        return sheet
    }

    /// Registers `style` and returns its id, for writing many cells without looking the style
    /// up each time. Equal styles get the same id.
    public func style(_ style: CellStyle) -> StyleID {
        context.styles.id(for: style)
    }

    /// Defines a name for a range, value or formula.
    ///
    /// - Parameters:
    ///   - formula: what the name refers to (`Data!$A$2:$A$500`, with or without `=`).
    ///   - sheet: the sheet the name is local to, or nil for the whole workbook.
    /// - Throws: ``XLSXError`` when the name breaks Excel's rules or is already defined in the
    ///   same scope.
    public func defineName(_ name: String, refersTo formula: String, sheet: SheetWriter? = nil, hidden: Bool = false) throws(XLSXError) {
        if let problem = DefinedName.problem(with: name) { throw context.error(message(forName: name, problem)) }
        let scope = try sheet.map { s throws(XLSXError) in try position(of: s) }
        try addName(DefinedName(name: name, formula: formula, sheetIndex: scope, hidden: hidden))
    }

    private func message(forName name: String, _ problem: String) -> String { "cannot define the name '\(name)': \(problem)" }

    private func addName(_ name: DefinedName) throws(XLSXError) {
        if definedNames.contains(where: { $0.sheetIndex == name.sheetIndex && $0.name.lowercased() == name.name.lowercased() }) {
            throw context.error(message(forName: name.name, "it is already defined in the same scope"))
        }
        guard !name.formula.isEmpty else { throw context.error(message(forName: name.name, "it refers to nothing")) }
        definedNames.append(name)
    }

    private func position(of sheet: SheetWriter) throws(XLSXError) -> Int {
        guard sheet.position < sheets.count, sheets[sheet.position] === sheet else {
            throw context.error("the sheet belongs to another workbook", sheet: sheet.name)
        }
        return sheet.position
    }

    /// Writes the workbook: finishes every sheet, builds the remaining parts, compresses
    /// everything into a temporary file and renames it into place.
    ///
    /// - Throws: ``XLSXError`` when no sheet is visible, the active sheet is hidden, or
    ///   writing fails; the destination is then untouched.
    public func finish() throws(XLSXError) {
        if context.isFinished { throw context.error("the workbook has already been written") }
        if sheets.isEmpty { throw context.error("a workbook needs at least one sheet") }
        try placeLongLists()
        guard let firstVisible = sheets.firstIndex(where: { $0.state == .visible }) else {
            throw context.error("at least one sheet must be visible")
        }
        let active = try activeSheet.map { s throws(XLSXError) in try position(of: s) } ?? firstVisible
        guard sheets[active].state == .visible else {
            throw context.error("the active sheet cannot be hidden", sheet: sheets[active].name)
        }
        for sheet in sheets { try sheet.endRow() }
        context.isFinished = true
        let assembly = PackageAssembly(context: context, zip: zip)
        for (i, sheet) in sheets.enumerated() {
            if let filter = sheet.settings.autoFilter {
                definedNames.append(DefinedName(name: "_xlnm._FilterDatabase",
                                                formula: SheetName.quotedForFormula(sheet.name) + "!" + filter.absolute,
                                                sheetIndex: i, hidden: true))
            }
            try assembly.addSheet(sheet, number: i + 1, isActive: i == active)
        }
        try assembly.finish(
            workbook: WorkbookPart(sheets: sheets.map { .init(name: $0.name, state: $0.state) }, activeSheet: active,
                                   dateSystem: context.options.dateSystem, definedNames: definedNames,
                                   recalculateOnLoad: context.hasFormulas),
            properties: properties)
    }

    /// Moves every dropdown list too long (or too awkward) for an inline list onto a very
    /// hidden sheet, one column per distinct list, and points the validations at it through
    /// a defined name.
    private func placeLongLists() throws(XLSXError) {
        var lists: [(name: String, values: [String])] = []
        for sheet in sheets {
            for k in sheet.settings.validations.indices {
                guard case .list(let values) = sheet.settings.validations[k].rule, DataValidation.inlineList(values) == nil else { continue }
                let name: String
                if let known = lists.first(where: { $0.values == values }) {
                    name = known.name
                } else {
                    name = unusedName(base: "sen2xl_list_\(lists.count + 1)")
                    lists.append((name, values))
                }
                sheet.settings.validations[k].rule = .listFormula(name)
            }
        }
        guard !lists.isEmpty else { return }
        var title = "Lists"
        var n = 1
        while sheets.contains(where: { $0.name.lowercased() == title.lowercased() }) {
            n += 1
            title = "Lists\(n)"
        }
        let listSheet = try addSheet(named: title)
        listSheet.state = .veryHidden
        for row in 0..<(lists.map(\.values.count).max() ?? 0) {
            try listSheet.startRow()
            for (column, list) in lists.enumerated() where row < list.values.count {
                try listSheet.write(.string(list.values[row]), column: column + 1)
            }
        }
        for (column, list) in lists.enumerated() {
            let range = CellRange(CellReference(row: 1, column: column + 1), CellReference(row: list.values.count, column: column + 1))
            try addName(DefinedName(name: list.name, formula: SheetName.quotedForFormula(title) + "!" + range.absolute))
        }
    }

    private func unusedName(base: String) -> String {
        var name = base
        var k = 1
        while definedNames.contains(where: { $0.name.lowercased() == name.lowercased() }) {
            k += 1
            name = base + "_\(k)"
        }
        return name
    }
}
