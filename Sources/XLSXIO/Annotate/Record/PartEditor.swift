/// Edits one small part by splicing its bytes, recording each change as a ``PartEdit`` so a
/// later run can take it back; and takes back the changes an earlier run recorded.
///
/// Changes are queued against the current document and applied together by ``flush()``, so
/// adding thousands of notes costs one pass over the part, not one per note.
final class PartEditor {
    /// The part's name.
    let part: String
    private(set) var document: XMLSpliceDocument
    /// The changes made through this editor, in order (not those reverted).
    private(set) var edits: [PartEdit] = []
    /// True once anything was changed or reverted.
    private(set) var changed = false
    private var pending: [XMLSplice] = []

    init(_ document: XMLSpliceDocument) {
        self.part = document.part
        self.document = document
    }

    /// The part's current bytes (after ``flush()``).
    var bytes: [UInt8] { document.bytes }

    // MARK: - Changes

    /// Queues `xml` elements as children of `element`: before its first child named in
    /// `before`, else at the end. Opens an empty-element tag when needed.
    ///
    /// - Parameter indexed: the container's children are addressed by position, so the new
    ///   ones are recorded as a trailing run (see ``PartEdit/appendedIndexedChildren(_:xml:)``).
    func insertChildren(_ xml: [String], into element: Int, path: ElementPath, before: Set<String> = [], indexed: Bool = false) {
        guard !xml.isEmpty else { return }
        let e = document.elements[element]
        let joined = xml.joined()
        if e.isEmptyElement {
            pending.append(document.bytes.withUnsafeBufferPointer { XMLTagEdits.expand(e.startTag, in: $0, with: joined) })
            edits.append(.expanded(path))
        } else {
            let anchor = document.children(of: element).first { before.contains(document.elements[$0].localName) }.map { document.elements[$0].start }
            pending.append(.insert(joined, at: anchor ?? e.contentEnd))
        }
        if indexed {
            edits.append(.appendedIndexedChildren(path, xml.map { ContentFingerprint(of: $0) }))
        } else {
            edits.append(contentsOf: xml.map { .insertedChild(path, ContentFingerprint(of: $0)) })
        }
    }

    /// Queues setting attribute `name` of `element` to the already-escaped `value`.
    func setAttribute(_ name: String, to value: String, on element: Int, path: ElementPath) {
        let tag = document.elements[element].startTag
        let original = document.bytes.withUnsafeBufferPointer { XMLTagEdits.value(name, of: tag, in: $0) }
        guard original != value else { return }
        pending.append(document.bytes.withUnsafeBufferPointer { XMLTagEdits.setAttribute(name, to: value, of: tag, in: $0) })
        edits.append(.changedAttribute(path, name: name, original: original, applied: value))
    }

    /// Queues replacing the raw content of `element` (which must not be an empty-element tag).
    func setContent(_ content: String, of element: Int, path: ElementPath) {
        let e = document.elements[element]
        let original = document.content(of: element)
        guard !e.isEmptyElement, original != content else { return }
        pending.append(XMLSplice(range: e.contentStart..<e.contentEnd, replacement: Array(content.utf8)))
        edits.append(.changedContent(path, original: original, applied: content))
    }

    /// Queues removing `element` and its content, without recording it: for taking back an
    /// earlier run by content after another program rewrote the parts, which no record can
    /// reverse either.
    func removeUnrecorded(_ element: Int) {
        let e = document.elements[element]
        pending.append(XMLSplice(range: e.start..<e.end, replacement: []))
    }

    /// Queues replacing the raw content of `element`, without recording it (see
    /// ``removeUnrecorded(_:)``).
    func setContentUnrecorded(_ content: String, of element: Int) {
        let e = document.elements[element]
        guard !e.isEmptyElement else { return }
        pending.append(XMLSplice(range: e.contentStart..<e.contentEnd, replacement: Array(content.utf8)))
    }

    /// Queues setting attribute `name` of `element` to the already-escaped `value`, without
    /// recording it (see ``removeUnrecorded(_:)``).
    func setAttributeUnrecorded(_ name: String, to value: String, on element: Int) {
        let tag = document.elements[element].startTag
        pending.append(document.bytes.withUnsafeBufferPointer { XMLTagEdits.setAttribute(name, to: value, of: tag, in: $0) })
    }

    /// Marks a part that is new, so it is written even with no edits.
    func markChanged() { changed = true }

    /// Applies the queued changes.
    func flush() throws(XMLParseError) {
        guard !pending.isEmpty else { return }
        document = try document.applying(pending)
        pending.removeAll()
        changed = true
    }

    // MARK: - Undo

    /// Takes back `earlier` (changes recorded by an earlier run), newest first, leaving alone
    /// any change whose result the user has since altered.
    func revert(_ earlier: [PartEdit]) throws(XMLParseError) {
        try flush()
        guard !earlier.isEmpty else { return }
        let resolver = ElementPathResolver(document)
        var splices: [XMLSplice] = []
        var removals: [Int: [ContentFingerprint: Int]] = [:]
        for edit in earlier.reversed() {
            switch edit {
            case let .insertedChild(path, fingerprint):
                if let container = resolver.resolve(path) { removals[container, default: [:]][fingerprint, default: 0] += 1 }
            case let .appendedIndexedChildren(path, fingerprints):
                if let container = resolver.resolve(path) { splices += trailingRemoval(container, fingerprints) }
            case let .changedAttribute(path, name, original, applied):
                guard let element = resolver.resolve(path) else { continue }
                let tag = document.elements[element].startTag
                document.bytes.withUnsafeBufferPointer { b in
                    if XMLTagEdits.value(name, of: tag, in: b) == applied,
                       let s = XMLTagEdits.restoreAttribute(name, original: original, of: tag, in: b) {
                        splices.append(s)
                    }
                }
            case let .changedContent(path, original, applied):
                guard let element = resolver.resolve(path), document.content(of: element) == applied else { continue }
                let e = document.elements[element]
                splices.append(XMLSplice(range: e.contentStart..<e.contentEnd, replacement: Array(original.utf8)))
            case .expanded:
                continue
            }
        }
        for (container, wanted) in removals {
            var remaining = wanted
            for child in document.children(of: container).reversed() {
                let print = fingerprint(of: child)
                if let n = remaining[print], n > 0 {
                    remaining[print] = n - 1
                    let e = document.elements[child]
                    splices.append(XMLSplice(range: e.start..<e.end, replacement: []))
                }
            }
        }
        try apply(splices)
        try collapse(earlier)
    }

    /// Closes elements an earlier run opened, once they are empty again.
    private func collapse(_ earlier: [PartEdit]) throws(XMLParseError) {
        let resolver = ElementPathResolver(document)
        var splices: [XMLSplice] = []
        for case let .expanded(path) in earlier.reversed() {
            guard let element = resolver.resolve(path) else { continue }
            let e = document.elements[element]
            guard let endTag = e.endTag, e.contentStart == e.contentEnd else { continue }
            splices.append(XMLSplice(range: (e.startTag.end - 1)..<endTag.end, replacement: Array("/>".utf8)))
        }
        try apply(splices)
    }

    private func trailingRemoval(_ container: Int, _ fingerprints: [ContentFingerprint]) -> [XMLSplice] {
        let children = document.children(of: container)
        guard children.count >= fingerprints.count else { return [] }
        let tail = children.suffix(fingerprints.count)
        guard zip(tail, fingerprints).allSatisfy({ fingerprint(of: $0.0) == $0.1 }) else { return [] }
        return tail.map { XMLSplice(range: document.elements[$0].start..<document.elements[$0].end, replacement: []) }
    }

    /// The fingerprint of one element's bytes.
    private func fingerprint(of element: Int) -> ContentFingerprint {
        let e = document.elements[element]
        return document.bytes.withUnsafeBufferPointer { ContentFingerprint(UnsafeBufferPointer(rebasing: $0[e.start..<e.end])) }
    }

    /// Applies splices, dropping any that overlap an earlier one (two undo records reaching
    /// for the same bytes after a user edit), so undo never fails on a changed part.
    private func apply(_ splices: [XMLSplice]) throws(XMLParseError) {
        guard !splices.isEmpty else { return }
        var kept: [XMLSplice] = []
        var reached = 0
        for s in splices.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }) {
            if s.range.lowerBound < reached { continue }
            kept.append(s)
            reached = max(reached, s.range.upperBound)
        }
        document = try document.applying(kept)
        changed = true
    }
}
