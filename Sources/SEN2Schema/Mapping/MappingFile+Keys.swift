import Foundation
import Yams

extension MappingFile {
    /// The keys each level of a mapping file may have. `columns` and `values` hold item names
    /// and local values, checked when the mapping is resolved.
    static let topKeys: Set<String> = ["year", "tables", "values"]
    static let tableKeys: Set<String> = Set(TableMapping.CodingKeys.allCases.map(\.rawValue))

    /// Refuses keys the decoder would otherwise ignore (`colums:` for `columns:`), naming where
    /// they are, so that a misspelling never quietly drops part of the mapping.
    static func checkKeys(of data: Data, path: String) throws(SEN2Error) {
        let tree: Any?
        if path.lowercased().hasSuffix(".json") {
            tree = try? JSONSerialization.jsonObject(with: data)
        } else {
            tree = (String(data: data, encoding: .utf8)).flatMap { try? Yams.load(yaml: $0) }
        }
        guard let top = tree as? [String: Any] else { return }
        try check(top, allowed: topKeys, place: "", path: path)
        for (name, entry) in top["tables"] as? [String: Any] ?? [:] {
            guard let entry = entry as? [String: Any] else { continue }
            try check(entry, allowed: tableKeys, place: "tables.\(name).", path: path)
        }
    }

    private static func check(_ level: [String: Any], allowed: Set<String>, place: String, path: String) throws(SEN2Error) {
        for key in level.keys.sorted() where !allowed.contains(key) {
            throw SEN2Error(file: path, place: place + key,
                            message: "unknown key; use one of " + allowed.sorted().joined(separator: ", "))
        }
    }
}
