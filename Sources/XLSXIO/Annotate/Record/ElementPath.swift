/// Locates one element of a small part by local names from the root, each step optionally
/// choosing the child whose attribute has a given value (`comment` with `ref="B7"`).
///
/// Paths are how sen2xl's hidden record says where it edited, so they must still find the
/// element after other edits have moved bytes around.
struct ElementPath: Hashable, Sendable, CustomStringConvertible {
    /// One step: a local name and an optional attribute selector.
    struct Step: Hashable, Sendable {
        var name: String
        var attribute: String?
        var value: String?
    }

    var steps: [Step]

    /// A path through plain local names: `ElementPath("styleSheet", "fills")`.
    init(_ names: String...) {
        steps = names.map { Step(name: $0) }
    }

    init(steps: [Step]) {
        self.steps = steps
    }

    /// This path extended by one step.
    func appending(_ name: String, attribute: String? = nil, value: String? = nil) -> ElementPath {
        ElementPath(steps: steps + [Step(name: name, attribute: attribute, value: value)])
    }

    var description: String {
        steps.map { s in s.attribute.map { "\(s.name)[@\($0)='\(s.value ?? "")']" } ?? s.name }.joined(separator: "/")
    }
}

/// Resolves ``ElementPath``s in one document, caching attribute lookups so that resolving
/// thousands of `comment[@ref=…]` paths stays linear.
final class ElementPathResolver {
    let document: XMLSpliceDocument
    private var keyed: [String: [String: Int]] = [:]

    init(_ document: XMLSpliceDocument) {
        self.document = document
    }

    /// The element `path` names, or nil when it no longer exists.
    func resolve(_ path: ElementPath) -> Int? {
        guard let first = path.steps.first, document.elements[document.root].localName == first.name else { return nil }
        var current = document.root
        for step in path.steps.dropFirst() {
            if let attribute = step.attribute {
                guard let next = lookup(parent: current, name: step.name, attribute: attribute)[ElementPathResolver.key(attribute, step.value ?? "")] else { return nil }
                current = next
            } else {
                guard let next = document.child(of: current, named: step.name) else { return nil }
                current = next
            }
        }
        return current
    }

    private func lookup(parent: Int, name: String, attribute: String) -> [String: Int] {
        let cacheKey = "\(parent)\u{1}\(name)\u{1}\(attribute)"
        if let cached = keyed[cacheKey] { return cached }
        var map: [String: Int] = [:]
        for child in document.children(of: parent, named: name) {
            if let v = document.attributeValue(attribute, of: child) {
                let k = ElementPathResolver.key(attribute, v)
                if map[k] == nil { map[k] = child }
            }
        }
        keyed[cacheKey] = map
        return map
    }

    /// Cell references compare the way spreadsheets read them (`$b$7` is `B7`).
    static func key(_ attribute: String, _ value: String) -> String {
        guard attribute == "ref", let ref = CellReference(value) else { return value }
        return ref.description
    }
}
