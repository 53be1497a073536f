import Foundation
import Yams

/// A mapping file: which sheet or CSV file holds which table of the return, which column
/// holds which item, and which local values mean which codes.
///
///     year: 2026
///     tables:
///       persons:
///         sheet: Children            # or  file: children.csv  (beside the mapping file, else in the input folder)
///         header_row: 3              # optional; found automatically otherwise
///         id: Child ID               # the record's own ID column
///         columns:
///           Surname: Family name     # element name (or item name): heading in the extract
///           Sex: Gender
///         values:
///           Sex: { Male: M, Female: F }
///       requests:
///         sheet: Referrals
///         id: Referral ref
///         parent: Child ID           # the parent's ID column; parent_table says which table
///     values:                        # value maps that apply in every table
///       Ethnicity: { "White - British": WBRI }
///
/// Columns the file does not list are still recognised by their headings.
public struct MappingFile: Codable, Hashable, Sendable {
    /// The collection year the extract is for, when the file says.
    public var year: Int?
    /// Table name (`persons`, `requests`, … or a sheet name of the template) → its mapping.
    public var tables: [String: TableMapping]
    /// Item (element name) → local value → code, for every table.
    public var values: [String: [String: String]]?

    /// Creates a mapping.
    public init(year: Int? = nil, tables: [String: TableMapping] = [:], values: [String: [String: String]]? = nil) {
        self.year = year
        self.tables = tables
        self.values = values
    }

    /// Reads a mapping file: JSON when the path ends in `.json`, YAML otherwise.
    public static func load(path: String) throws(SEN2Error) -> MappingFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SEN2Error(file: path, message: "cannot read the mapping file")
        }
        let file: MappingFile
        do {
            if path.lowercased().hasSuffix(".json") {
                file = try JSONDecoder().decode(MappingFile.self, from: data)
            } else {
                file = try YAMLDecoder().decode(MappingFile.self, from: data)
            }
        } catch let error as DecodingError {
            throw SEN2Error(file: path, message: "the mapping file does not have the expected shape: " + MappingFile.explain(error))
        } catch {
            throw SEN2Error(file: path, message: "the mapping file is not valid \(path.lowercased().hasSuffix(".json") ? "JSON" : "YAML"): \(error)")
        }
        try checkKeys(of: data, path: path)
        return file
    }

    private static func explain(_ error: DecodingError) -> String {
        let path: (DecodingError.Context) -> String = { $0.codingPath.map(\.stringValue).joined(separator: ".") }
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            return "at \(path(c).isEmpty ? "the top" : path(c)): \(c.debugDescription)"
        case .keyNotFound(let key, let c):
            return "\(path(c).isEmpty ? "the top level" : path(c)) needs a \"\(key.stringValue)\" entry"
        @unknown default:
            return "\(error)"
        }
    }
}

/// How one table is found in the extract.
public struct TableMapping: Codable, Hashable, Sendable {
    /// The sheet holding the table (workbooks).
    public var sheet: String?
    /// The CSV file holding the table, looked for beside the mapping file, then in the input folder (folders of CSV files).
    public var file: String?
    /// The 1-based heading row, when it should not be found automatically.
    public var headerRow: Int?
    /// The heading of the record's own ID column.
    public var id: String?
    /// The heading of the parent's ID column.
    public var parent: String?
    /// Which table the parent ID refers to (default: requests for tables under a request,
    /// persons for requests).
    public var parentTable: String?
    /// Item (element name or item name) → heading in the extract.
    public var columns: [String: String]?
    /// Item → local value → code, for this table only.
    public var values: [String: [String: String]]?

    /// Creates a table mapping.
    public init(sheet: String? = nil, file: String? = nil, headerRow: Int? = nil, id: String? = nil, parent: String? = nil,
                parentTable: String? = nil, columns: [String: String]? = nil, values: [String: [String: String]]? = nil) {
        self.sheet = sheet
        self.file = file
        self.headerRow = headerRow
        self.id = id
        self.parent = parent
        self.parentTable = parentTable
        self.columns = columns
        self.values = values
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sheet, file, id, parent, columns, values
        case headerRow = "header_row"
        case parentTable = "parent_table"
    }
}
