/// `xl/worksheets/_rels/sheetN.xml.rels`: a sheet's links to external hyperlink targets, its
/// VML drawing and its comments part.
struct WorksheetRelationshipsPart {
    /// One relationship.
    struct Entry {
        var id: String
        var type: String
        var target: String
        var external: Bool
    }

    var entries: [Entry] = []

    /// Adds a relationship and returns its id (`rId1`, `rId2`, … in order).
    mutating func add(type: String, target: String, external: Bool = false) -> String {
        let id = "rId\(entries.count + 1)"
        entries.append(Entry(id: id, type: type, target: target, external: external))
        return id
    }

    /// The part's XML, or nil when the sheet has no relationships (then the part is left out).
    func xml() -> String? {
        guard !entries.isEmpty else { return nil }
        return RelationshipsXML.document(entries.map { ($0.id, $0.type, $0.target, $0.external) })
    }
}

/// The shared shape of every `.rels` part.
enum RelationshipsXML {
    /// A relationships part listing `entries` (id, type, target, external).
    static func document(_ entries: [(id: String, type: String, target: String, external: Bool)]) -> String {
        var x = PartXML.declaration + "<Relationships xmlns=\"\(PartXML.packageRelationshipsNamespace)\">"
        for e in entries {
            x += "<Relationship Id=\"\(e.id)\" Type=\"\(e.type)\"" + PartXML.attribute("Target", e.target)
            if e.external { x += " TargetMode=\"External\"" }
            x += "/>"
        }
        return x + "</Relationships>"
    }
}
