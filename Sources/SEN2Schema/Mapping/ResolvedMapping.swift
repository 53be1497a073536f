import Foundation

/// A mapping file checked against the return's tables and items: names turned into tables,
/// items and column roles, so that reading never has to interpret text again.
struct ResolvedMapping: Sendable {
    struct TablePlan: Sendable {
        /// The table's key in the mapping file, for messages.
        var name: String = ""
        var sheet: String?
        var file: String?
        var headerRow: Int?
        /// Heading match key → role.
        var overrides: [String: ColumnRole] = [:]
        var valueMaps: [Item: [String: String]] = [:]
        var parentTable: Table?
    }

    var tables: [Table: TablePlan] = [:]
    var globalValues: [Item: [String: String]] = [:]
    /// The mapping file, for messages; nil with no mapping.
    var path: String?

    /// An empty mapping: every table found by name and headings.
    init() {}

    /// Checks `file` (read from `path`) and resolves its names.
    init(_ file: MappingFile, path: String) throws(SEN2Error) {
        self.path = path
        for (name, mapping) in file.tables {
            guard let table = Table(rawValue: name) ?? Table.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() })
                    ?? Table.named(name) else {
                throw SEN2Error(file: path, place: "tables.\(name)",
                                message: "unknown table; use one of " + Table.allCases.map(\.rawValue).joined(separator: ", "))
            }
            var plan = TablePlan(name: name, sheet: mapping.sheet, headerRow: mapping.headerRow)
            plan.file = mapping.file
            for (itemName, heading) in mapping.columns ?? [:] {
                let item = try ResolvedMapping.item(named: itemName, in: table, path: path, place: "tables.\(name).columns")
                plan.overrides[CodeText.matchKey(heading)] = .item(item)
            }
            if let id = mapping.id { plan.overrides[CodeText.matchKey(id)] = .ownID }
            if let parentTableName = mapping.parentTable {
                guard let parentTable = Table(rawValue: parentTableName) ?? Table.named(parentTableName) else {
                    throw SEN2Error(file: path, place: "tables.\(name).parent_table", message: "unknown table \"\(parentTableName)\"")
                }
                plan.parentTable = parentTable
            }
            if let parent = mapping.parent {
                guard let parentTable = plan.parentTable ?? table.defaultLinkTable else {
                    throw SEN2Error(file: path, place: "tables.\(name).parent", message: "the \(name) table has no parent to link to")
                }
                plan.parentTable = parentTable
                plan.overrides[CodeText.matchKey(parent)] = .parentID(parentTable)
            }
            for (itemName, map) in mapping.values ?? [:] {
                let item = try ResolvedMapping.item(named: itemName, in: table, path: path, place: "tables.\(name).values")
                plan.valueMaps[item] = ResolvedMapping.normalised(map)
            }
            tables[table] = plan
        }
        for (itemName, map) in file.values ?? [:] {
            let matches = Item.allCases.filter { $0.element.lowercased() == itemName.lowercased() || $0.rawValue.lowercased() == itemName.lowercased() }
            guard !matches.isEmpty else {
                throw SEN2Error(file: path, place: "values.\(itemName)", message: "no item has this element name")
            }
            for item in matches { globalValues[item] = ResolvedMapping.normalised(map) }
        }
    }

    /// The CSV file each table's `file:` names. A relative name is looked for beside the
    /// mapping file first, then in the input folder: `mapping init FOLDER -o elsewhere/m.yaml`
    /// writes names as they are in FOLDER, and a mapping kept beside its files works anywhere.
    func csvFiles(inputFolder: String?) throws(SEN2Error) -> [Table: String] {
        var files: [Table: String] = [:]
        for (table, plan) in tables.sorted(by: { $0.value.name < $1.value.name }) {
            guard let file = plan.file else { continue }
            let folders = [path.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }, inputFolder].compactMap { $0 }
            let tried = file.hasPrefix("/") ? [file] : folders.map { $0 + "/" + file }
            guard let found = tried.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                let there = inputFolder.flatMap { try? FileManager.default.contentsOfDirectory(atPath: $0) }?
                    .filter { $0.lowercased().hasSuffix(".csv") }.sorted() ?? []
                throw SEN2Error(file: path ?? file, place: "tables.\(plan.name).file",
                                message: "no CSV file \"\(file)\" (looked for " + tried.joined(separator: " and ") + ")"
                                    + (there.isEmpty ? "" : "; the CSV files in the input folder are " + there.map { "\"\($0)\"" }.joined(separator: ", ")))
            }
            files[table] = found
        }
        return files
    }

    /// True when the mapping says which sheets hold tables; other sheets are then read only
    /// when their names are table names, never recognised by their headings alone.
    var namesSheets: Bool { tables.values.contains { $0.sheet != nil } }

    /// The value maps that apply in `table`: the table's own over the file-wide ones.
    func valueMaps(for table: Table) -> [Item: [String: String]] {
        var maps = globalValues.filter { table.modules.contains($0.key.module) }
        for (item, map) in tables[table]?.valueMaps ?? [:] { maps[item] = map }
        return maps
    }

    private static func normalised(_ map: [String: String]) -> [String: String] {
        Dictionary(map.map { ($0.key.trimmingSpaces.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    private static func item(named name: String, in table: Table, path: String, place: String) throws(SEN2Error) -> Item {
        let key = name.lowercased()
        if let item = Item.allCases.first(where: {
            table.modules.contains($0.module) && ($0.element.lowercased() == key || $0.rawValue.lowercased() == key)
        }) { return item }
        let known = Item.allCases.filter { table.modules.contains($0.module) }.map(\.element).joined(separator: ", ")
        throw SEN2Error(file: path, place: place + "." + name, message: "not an item of this table; use one of \(known)")
    }
}

extension Table {
    /// The table a mapping's `parent` column refers to unless `parent_table` says otherwise.
    var defaultLinkTable: Table? {
        switch self {
        case .header, .persons: return nil
        case .requests: return .persons
        default: return .requests
        }
    }
}
