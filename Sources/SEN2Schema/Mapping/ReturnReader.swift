import Foundation
import XLSXIO

/// Reads a return from a workbook (the template as people fill it, DfE template headings,
/// Blade headings, or an extract described by a mapping file) or from a folder of CSV files.
///
/// Tables are found by sheet or file name, by the mapping, or by their headings; columns by
/// heading in any order, case or spacing; rows are streamed, blank rows skipped. Values that
/// cannot be read are kept raw on the records and reported with their cell; unknown columns
/// are listed; nothing is guessed.
public struct ReturnReader: Sendable {
    /// The collection year, when known: columns of items the year does not collect are then
    /// reported.
    public var year: CollectionYear?
    private let mapping: ResolvedMapping

    /// A reader with no mapping file.
    public init(year: CollectionYear? = nil) {
        self.year = year
        mapping = ResolvedMapping()
    }

    /// A reader that follows `mapping`, read from `mappingPath`.
    public init(year: CollectionYear? = nil, mapping: MappingFile, mappingPath: String) throws(SEN2Error) {
        self.year = year ?? mapping.year.flatMap(CollectionYear.init(year:))
        self.mapping = try ResolvedMapping(mapping, path: mappingPath)
    }

    /// Reads `path`: an `.xlsx`/`.xlsm` workbook or a folder of `.csv` files.
    public func read(path: String) throws(SEN2Error) -> (sen2Return: SEN2Return, report: ReadReport) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw SEN2Error(file: path, message: "no such file or folder")
        }
        let plan: [(table: Table, source: PlannedSource)]
        do {
            plan = isFolder.boolValue ? try csvPlan(folder: path, files: mapping.csvFiles(inputFolder: path))
                : try workbookPlan(path: path)
        } catch let error as SEN2Error {
            throw error
        } catch let error as XLSXError {
            throw SEN2Error(error)
        } catch {
            throw SEN2Error(file: path, message: "\(error)")
        }
        if !isFolder.boolValue { _ = try mapping.csvFiles(inputFolder: nil) }
        guard plan.contains(where: { $0.table == .persons }) else {
            let found = plan.map { entry in
                switch entry.source { case .sheet(let name): return name
                                      case .csv(let file): return URL(fileURLWithPath: file).lastPathComponent }
            }.joined(separator: ", ")
            throw SEN2Error(file: path, message: "no Persons table found" + (found.isEmpty ? "" : " (found: \(found))")
                            + "; name the sheet Persons, use the template's headings, or describe the layout in a mapping file")
        }
        var outcomes = ParallelTableReads.run(count: plan.count) { (index, books: inout Workbook?) throws(XLSXError) -> TableOutcome in
            let input: TableInput
            switch plan[index].source {
            case .csv(let file):
                input = try TableInput(csv: file)
            case .sheet(let name):
                let book: Workbook
                if let open = books { book = open } else { book = try Workbook(path: path) }
                books = book
                guard let sheet = book.sheet(named: name) else {
                    throw XLSXError(code: .sheetNotFound, file: path, sheet: name, message: "the sheet disappeared while reading")
                }
                input = try TableInput(book: book, sheet: sheet)
            }
            return try read(table: plan[index].table, input: input, sourceIndex: index)
        }
        var assembler = ReturnAssembler()
        var header = Header()
        var report = ReadReport()
        for outcome in outcomes {
            switch outcome {
            case .success(let table): table.merge(into: &assembler, header: &header, report: &report)
            case .failure(let error):
                throw SEN2Error(error)
            }
        }
        // The assembler now shares every table's records; dropping the outcomes lets it free
        // each table as soon as it has been linked.
        outcomes.removeAll()
        let persons = assembler.assemble(report: &report)
        return (SEN2Return(header: header, persons: persons, sources: assembler.sources), report)
    }

    /// Reads one table. Touches nothing shared, so tables can be read on several threads.
    private func read(table: Table, input: TableInput, sourceIndex: Int) throws(XLSXError) -> TableOutcome {
        let plan = mapping.tables[table]
        if table == .header, plan?.headerRow == nil, let vertical = try HeaderSheet.readVertical(input, sourceIndex: sourceIndex) {
            var outcome = TableOutcome(table: table, source: vertical.source, records: .header(vertical.header))
            outcome.report.issues = vertical.issues
            return outcome
        }
        guard let layout = try TableLayout.detect(table: table, in: input, overrides: plan?.overrides ?? [:], headerRow: plan?.headerRow) else {
            var outcome = TableOutcome(table: table, source: SourceTable(file: input.file, sheet: input.sheet, format: input.format, table: table))
            outcome.recognised = false
            outcome.report.issues.append(ReadIssue(kind: .unrecognisedTable, location: input.location(),
                                                   message: "no heading row of the \(table.sheetName) table was found in the first \(TableLayout.searchDepth) rows"))
            return outcome
        }
        let parent = layout.parentColumn
        let source = SourceTable(file: input.file, sheet: input.sheet, format: input.format, table: table, headerRow: layout.headerRow,
                                 columns: layout.itemColumns, idColumn: layout.idColumn, parentIDColumn: parent?.column)
        var outcome = TableOutcome(table: table, source: source, parentTable: parent?.table)
        for (column, heading) in layout.unknown {
            outcome.report.unknownColumns.append(UnknownColumn(location: input.location(row: layout.headerRow, column: column), heading: heading, table: table))
        }
        for twin in layout.repeated {
            let why = twin.empty ? ", which has the values (this one is empty in the first rows)" : ""
            outcome.report.issues.append(ReadIssue(kind: .repeatedHeading, location: input.location(row: layout.headerRow, column: twin.column),
                                                   message: "heading \"\(twin.heading)\" repeats column \(CellReference.columnLetters(twin.kept))'s\(why); only one column can hold an item, so this one (\(CellReference.columnLetters(twin.column))) is not read"))
        }
        if let year {
            for (item, column) in layout.itemColumns.sorted(by: { $0.value < $1.value }) where !year.declaration.collects(item) {
                outcome.report.issues.append(ReadIssue(kind: .notCollectedThisYear, location: input.location(row: layout.headerRow, column: column),
                                                       message: "\(item.element) is not collected in \(year); the column is read but not exported"))
            }
        }
        let reader = TableReader(layout: layout, input: input, sourceIndex: sourceIndex, valueMaps: mapping.valueMaps(for: table))
        switch table {
        case .header:
            if let first = try reader.read({ Header(origin: $0) }, report: &outcome.report).first { outcome.records = .header(first.record) }
        case .persons: outcome.records = .persons(try reader.read({ Person(origin: $0) }, report: &outcome.report))
        case .requests: outcome.records = .requests(try reader.read({ Request(origin: $0) }, report: &outcome.report))
        case .assessments: outcome.records = .assessments(try reader.read({ Assessment(origin: $0) }, report: &outcome.report))
        case .namedPlans: outcome.records = .namedPlans(try reader.read({ NamedPlan(origin: $0) }, report: &outcome.report))
        case .planDetails: outcome.records = .planDetails(try reader.read({ PlanDetail(origin: $0) }, report: &outcome.report))
        case .activePlans: outcome.records = .activePlans(try reader.read({ ActivePlans(origin: $0) }, report: &outcome.report))
        case .placementDetails: outcome.records = .placements(try reader.read({ PlacementDetail(origin: $0) }, report: &outcome.report))
        case .senNeeds: outcome.records = .needs(try reader.read({ SENNeed(origin: $0) }, report: &outcome.report))
        }
        return outcome
    }

    /// Every worksheet that is a table, by mapping, by name, or by its headings.
    private func workbookPlan(path: String) throws -> [(table: Table, source: PlannedSource)] {
        let book = try Workbook(path: path)
        var plan: [(Table, PlannedSource)] = []
        try checkMappedSheets(of: book, path: path)
        for sheet in book.sheets where sheet.kind == .worksheet {
            let mapped = mapping.tables.first { $0.value.sheet.map { $0.lowercased() == sheet.name.lowercased() } ?? false }?.key
            if let table = mapped {
                plan.append((table, .sheet(sheet.name)))
            } else if let table = Table.named(sheet.name), mapping.tables[table]?.sheet == nil {
                plan.append((table, .sheet(sheet.name)))
            } else if !mapping.namesSheets, let table = try TableGuesser.table(of: TableInput(book: book, sheet: sheet)) {
                plan.append((table, .sheet(sheet.name)))
            }
        }
        return plan
    }

    /// Refuses a mapping that puts a table on a sheet the workbook does not have: reading on
    /// would leave the table out without a word.
    private func checkMappedSheets(of book: Workbook, path: String) throws(SEN2Error) {
        let sheets = book.sheets.filter { $0.kind == .worksheet }.map(\.name)
        for plan in mapping.tables.values.sorted(by: { $0.name < $1.name }) {
            guard let wanted = plan.sheet, !sheets.contains(where: { $0.lowercased() == wanted.lowercased() }) else { continue }
            let file = URL(fileURLWithPath: path).lastPathComponent
            throw SEN2Error(file: mapping.path ?? path, place: "tables.\(plan.name).sheet",
                            message: "no sheet \"\(wanted)\" in \(file); its sheets are " + sheets.map { "\"\($0)\"" }.joined(separator: ", "))
        }
    }

    /// Every CSV file of the folder that is a table, by mapping, by name, or by its headings.
    ///
    /// - Parameter files: the CSV file of each table the mapping names one for.
    private func csvPlan(folder: String, files: [Table: String]) throws -> [(table: Table, source: PlannedSource)] {
        var plan: [(Table, PlannedSource)] = []
        // A sheet name means nothing in a folder; the table would be left out unsaid.
        if let named = mapping.tables.values.sorted(by: { $0.name < $1.name }).first(where: { $0.sheet != nil && $0.file == nil }) {
            throw SEN2Error(file: mapping.path ?? folder, place: "tables.\(named.name).sheet",
                            message: "the input \(folder) is a folder of CSV files, not a workbook: give the table's CSV file with file: instead of sheet:")
        }
        let mappedFiles = files.map { ($0.value, $0.key) }.sorted { $0.0 < $1.0 }
        for (file, table) in mappedFiles { plan.append((table, .csv(file))) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        for name in names {
            let path = folder + "/" + name
            guard !mappedFiles.contains(where: { URL(fileURLWithPath: $0.0).standardized.path == URL(fileURLWithPath: path).standardized.path }) else { continue }
            if let table = Table.named(name), mapping.tables[table]?.file == nil {
                plan.append((table, .csv(path)))
            } else if let table = try TableGuesser.table(of: TableInput(csv: path)), mapping.tables[table]?.file == nil {
                plan.append((table, .csv(path)))
            }
        }
        return plan
    }
}
