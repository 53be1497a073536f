import Foundation
import XLSXIO

/// Writes a starting mapping file for an extract: every sheet or CSV file it recognises as a
/// table, with the columns it recognises, and everything else as comments for the user to
/// complete (unrecognised sheets with their headings, unknown columns, items not found).
public enum MappingDraft {
    /// The YAML text of a starting mapping for the workbook or CSV folder at `path`.
    public static func make(for path: String) throws(SEN2Error) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw SEN2Error(file: path, message: "no such file or folder")
        }
        var out = "# Starting mapping for \(URL(fileURLWithPath: path).lastPathComponent), written by sen2xl mapping init.\n"
        out += "# Check every line, fill in what is missing, then: sen2xl export \(URL(fileURLWithPath: path).lastPathComponent) --mapping THIS_FILE --year YEAR\n"
        out += "# Keys under columns are SEN2 element names; values are the extract's headings.\n"
        out += "# year: \(CollectionYear.latest)\ntables:\n"
        var unrecognised: [String] = []
        do {
            for (index, (name, input)) in try inputs(path: path, folder: isFolder.boolValue).enumerated() {
                // The template's Header sheet lists items down column A. The reader reads that
                // layout only when the mapping gives no header_row, so the draft must not give one.
                if Table.named(name) == .header, try HeaderSheet.readVertical(input, sourceIndex: index) != nil {
                    out += "  header:\n    \(isFolder.boolValue ? "file" : "sheet"): \(quoted(name))\n"
                    out += "    # items down the first column, values beside them: read as it is (add no header_row)\n"
                    continue
                }
                let guessed = Table.named(name) == nil ? try TableGuesser.table(of: input) : nil
                guard let table = Table.named(name) ?? guessed, let layout = try TableLayout.detect(table: table, in: input, overrides: [:], headerRow: nil) else {
                    unrecognised.append(try describeUnrecognised(name: name, input: input, folder: isFolder.boolValue))
                    continue
                }
                out += block(table: table, layout: layout, name: name, folder: isFolder.boolValue)
            }
        } catch let error as XLSXError {
            throw SEN2Error(error)
        } catch {
            throw SEN2Error(file: path, message: "\(error)")
        }
        if !unrecognised.isEmpty {
            out += "\n# Not recognised as tables. If one holds a table, add it above as, for example:\n"
            out += "#   persons:\n#     sheet: \"NAME\"\n#     id: \"ID HEADING\"\n#     columns:\n#       Surname: \"HEADING\"\n"
            out += "# (tables: " + Table.allCases.map(\.rawValue).joined(separator: ", ") + ")\n"
            out += unrecognised.joined()
        }
        out += "\n# Value maps: local value: code, for every table (or under a table, for that table only).\n"
        out += "# values:\n#   Ethnicity:\n#     \"White - British\": WBRI\n"
        return out
    }

    private static func inputs(path: String, folder: Bool) throws -> [(String, TableInput)] {
        if folder {
            let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
            return try names.map { ($0, try TableInput(csv: path + "/" + $0)) }
        }
        let book = try Workbook(path: path)
        return try book.sheets.filter { $0.kind == .worksheet }.map { ($0.name, try TableInput(book: book, sheet: $0)) }
    }

    private static func block(table: Table, layout: TableLayout, name: String, folder: Bool) -> String {
        var headings: [Int: String] = [:]
        for (column, heading) in layout.unknown { headings[column] = heading }
        var out = "  \(table.rawValue):\n"
        out += "    \(folder ? "file" : "sheet"): \(quoted(name))\n"
        out += "    header_row: \(layout.headerRow)\n"
        let columns = layout.itemColumns.sorted { $0.value < $1.value }
        if columns.isEmpty {
            out += "    columns: {}\n"
        } else {
            out += "    columns:\n"
            for (item, column) in columns {
                out += "      \(item.element): \(quoted(layout.headings[column] ?? item.heading))\n"
            }
        }
        if let id = layout.idColumn, let heading = layout.headings[id] { out += "    id: \(quoted(heading))\n" }
        if let parent = layout.parentColumn, let heading = layout.headings[parent.column] {
            out += "    parent: \(quoted(heading))\n"
            if parent.table != table.defaultLinkTable { out += "    parent_table: \(parent.table.rawValue)\n" }
        }
        for (column, heading) in layout.unknown {
            out += "    # column \(CellReference.columnLetters(column)) \(quoted(heading)) was not recognised\n"
        }
        let found = Set(layout.itemColumns.keys)
        let missing = Item.allCases.filter { table.modules.contains($0.module) && !found.contains($0) && !$0.isWrittenByTool }
        if !missing.isEmpty {
            out += "    # not found: " + missing.map(\.element).joined(separator: ", ") + "\n"
        }
        return out
    }

    private static func describeUnrecognised(name: String, input: TableInput, folder: Bool) throws -> String {
        var best: Row?
        var rows = 0
        while rows < TableLayout.searchDepth, let row = try input.next() {
            rows += 1
            let texts = row.cells.filter { if case .string = $0.value { return true } else { return false } }.count
            if texts > (best.map { r in r.cells.filter { if case .string = $0.value { return true } else { return false } }.count } ?? 0) {
                best = row
            }
        }
        var out = "# \(folder ? "file" : "sheet") \(quoted(name))"
        guard let best else { return out + ": empty\n" }
        out += ", headings on row \(best.index): "
        out += best.cells.map { quoted($0.value.text) }.joined(separator: ", ") + "\n"
        return out
    }

    /// A YAML double-quoted scalar: a JSON string literal is one.
    static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}
