import Foundation
import XLSXIO

/// Reads a return from a workbook (the template as people fill it, DfE template headings,
/// Blade headings, or an extract described by a mapping file) or from a folder of CSV files.
///
/// Tables are found by sheet or file name, by the mapping, or by their headings; columns by
/// heading in any order, case or spacing; rows are streamed, blank rows skipped. Values that
/// cannot be read are kept raw on the records and reported with their cell; unknown columns
/// are listed; nothing is guessed.
public struct ReturnReader {
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
        var inputs: [(table: Table, input: TableInput)] = []
        var report = ReadReport()
        do {
            inputs = isFolder.boolValue ? try csvInputs(folder: path) : try workbookInputs(path: path)
        } catch let error as SEN2Error {
            throw error
        } catch let error as XLSXError {
            throw SEN2Error(file: error.file, place: error.sheet.map { "sheet '\($0)'" }, message: error.description)
        } catch {
            throw SEN2Error(file: path, message: "\(error)")
        }
        if let file = mapping.tables.values.compactMap(\.file).first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw SEN2Error(file: file, message: "the mapping file names this CSV file, but it does not exist")
        }
        guard inputs.contains(where: { $0.table == .persons }) else {
            let found = inputs.map { $0.input.sheet ?? $0.input.file }.joined(separator: ", ")
            throw SEN2Error(file: path, message: "no Persons table found" + (found.isEmpty ? "" : " (found: \(found))")
                            + "; name the sheet Persons, use the template's headings, or describe the layout in a mapping file")
        }
        var assembler = ReturnAssembler()
        var header = Header()
        do {
            for (table, input) in inputs {
                try read(table: table, input: input, into: &assembler, header: &header, report: &report)
            }
        } catch {
            throw SEN2Error(file: error.file, place: error.sheet.map { "sheet '\($0)'" }, message: error.message)
        }
        let persons = assembler.assemble(report: &report)
        return (SEN2Return(header: header, persons: persons, sources: assembler.sources), report)
    }

    private func read(table: Table, input: TableInput, into assembler: inout ReturnAssembler, header: inout Header,
                      report: inout ReadReport) throws(XLSXError) {
        let plan = mapping.tables[table]
        if table == .header, plan?.headerRow == nil, let vertical = try HeaderSheet.readVertical(input, sourceIndex: assembler.sources.count) {
            header = vertical.header
            assembler.sources.append(vertical.source)
            report.tables[table] = vertical.source
            report.issues += vertical.issues
            return
        }
        guard let layout = try TableLayout.detect(table: table, in: input, overrides: plan?.overrides ?? [:], headerRow: plan?.headerRow) else {
            report.issues.append(ReadIssue(kind: .unrecognisedTable, location: input.location(),
                                           message: "no heading row of the \(table.sheetName) table was found in the first \(TableLayout.searchDepth) rows"))
            return
        }
        let sourceIndex = assembler.sources.count
        let parent = layout.parentColumn
        let source = SourceTable(file: input.file, sheet: input.sheet, format: input.format, table: table, headerRow: layout.headerRow,
                                 columns: layout.itemColumns, idColumn: layout.idColumn, parentIDColumn: parent?.column)
        assembler.sources.append(source)
        report.tables[table] = source
        if let parent { assembler.parentTables[table] = parent.table }
        for (column, heading) in layout.unknown {
            report.unknownColumns.append(UnknownColumn(location: input.location(row: layout.headerRow, column: column), heading: heading, table: table))
        }
        if let year {
            for (item, column) in layout.itemColumns.sorted(by: { $0.value < $1.value }) where !year.declaration.collects(item) {
                report.issues.append(ReadIssue(kind: .notCollectedThisYear, location: input.location(row: layout.headerRow, column: column),
                                               message: "\(item.element) is not collected in \(year); the column is read but not exported"))
            }
        }
        let reader = TableReader(layout: layout, input: input, sourceIndex: sourceIndex, valueMaps: mapping.valueMaps(for: table))
        switch table {
        case .header:
            if let first = try reader.read({ Header(origin: $0) }, report: &report).first { header = first.record }
        case .persons: assembler.persons += try reader.read({ Person(origin: $0) }, report: &report)
        case .requests: assembler.requests += try reader.read({ Request(origin: $0) }, report: &report)
        case .assessments: assembler.assessments += try reader.read({ Assessment(origin: $0) }, report: &report)
        case .namedPlans: assembler.namedPlans += try reader.read({ NamedPlan(origin: $0) }, report: &report)
        case .planDetails: assembler.planDetails += try reader.read({ PlanDetail(origin: $0) }, report: &report)
        case .activePlans: assembler.activePlans += try reader.read({ ActivePlans(origin: $0) }, report: &report)
        case .placementDetails: assembler.placements += try reader.read({ PlacementDetail(origin: $0) }, report: &report)
        case .senNeeds: assembler.needs += try reader.read({ SENNeed(origin: $0) }, report: &report)
        }
    }

    /// Every worksheet that is a table, by mapping, by name, or by its headings.
    private func workbookInputs(path: String) throws -> [(table: Table, input: TableInput)] {
        let book = try Workbook(path: path)
        var inputs: [(Table, TableInput)] = []
        for sheet in book.sheets where sheet.kind == .worksheet {
            let mapped = mapping.tables.first { $0.value.sheet.map { $0.lowercased() == sheet.name.lowercased() } ?? false }?.key
            let input = try TableInput(book: book, sheet: sheet)
            if let table = mapped {
                inputs.append((table, input))
            } else if let table = Table.named(sheet.name), mapping.tables[table]?.sheet == nil {
                inputs.append((table, input))
            } else if !mapping.namesSheets, let table = try TableGuesser.table(of: input) {
                inputs.append((table, input))
            }
        }
        return inputs
    }

    /// Every CSV file of the folder that is a table, by mapping, by name, or by its headings.
    private func csvInputs(folder: String) throws -> [(table: Table, input: TableInput)] {
        var inputs: [(Table, TableInput)] = []
        let mappedFiles = mapping.tables.compactMap { entry in entry.value.file.map { ($0, entry.key) } }
        for (file, table) in mappedFiles { inputs.append((table, try TableInput(csv: file))) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        for name in names {
            let path = folder + "/" + name
            guard !mappedFiles.contains(where: { URL(fileURLWithPath: $0.0).standardized.path == URL(fileURLWithPath: path).standardized.path }) else { continue }
            if let table = Table.named(name), mapping.tables[table]?.file == nil {
                inputs.append((table, try TableInput(csv: path)))
            } else {
                let input = try TableInput(csv: path)
                if let table = try TableGuesser.table(of: input), mapping.tables[table]?.file == nil { inputs.append((table, input)) }
            }
        }
        return inputs
    }
}
