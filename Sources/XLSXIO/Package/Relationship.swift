/// One entry of a `.rels` part.
public struct Relationship: Hashable, Sendable {
    /// The relationship id (`rId3`), unique within its part.
    public var id: String
    /// The relationship type URI.
    public var type: String
    /// The target as written.
    public var target: String
    /// True for `TargetMode="External"` (URLs, other files).
    public var isExternal: Bool
    /// The resolved part name, or nil for external targets.
    public var resolvedPart: String?

    /// True when the type's last path segment is `kind` (e.g. `worksheet`), so that
    /// transitional and Strict OOXML type URIs both match.
    public func isType(_ kind: String) -> Bool {
        type.hasSuffix("/" + kind)
    }
}

/// The relationships of one part.
public struct Relationships: Sendable, Hashable {
    /// The entries in document order.
    public var entries: [Relationship]

    /// The entry with id `id`.
    public subscript(id id: String) -> Relationship? { entries.first { $0.id == id } }

    /// The first entry whose type ends with `kind`.
    public func first(ofType kind: String) -> Relationship? { entries.first { $0.isType(kind) } }

    /// Reads the relationships of `sourcePart` from `archive`; a missing `.rels` part means none.
    public static func read(for sourcePart: String, in archive: ZipArchive) throws(XLSXError) -> Relationships {
        let relsPart = PartName.relationshipsPart(for: sourcePart)
        guard archive.contains(relsPart) else { return Relationships(entries: []) }
        let bytes: [UInt8]
        do { bytes = try archive.read(relsPart) } catch { throw XLSXError(error) }
        let root: XMLTreeElement
        do { root = try XMLTreeElement.parse(bytes: bytes, part: relsPart) } catch { throw XLSXError(error, file: archive.path) }
        var entries: [Relationship] = []
        for r in root.children("Relationship") {
            guard let id = r.attribute("Id"), let target = r.attribute("Target") else { continue }
            let external = r.attribute("TargetMode")?.lowercased() == "external"
            entries.append(Relationship(id: id, type: r.attribute("Type") ?? "", target: target, isExternal: external,
                                        resolvedPart: external ? nil : PartName.resolve(target: target, from: sourcePart)))
        }
        return Relationships(entries: entries)
    }
}
