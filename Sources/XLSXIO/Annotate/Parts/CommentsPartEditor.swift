/// Adds note text to a sheet's comments part: a new `<comment>` for a cell without a note, or
/// a run appended to the cell's existing note (a cell never gets a second `<comment>`).
enum CommentsPartEditor {
    /// The author sen2xl's notes are written under.
    static let author = "sen2xl"

    /// The text a note ends up with, and whether sen2xl created it.
    struct NoteText {
        var text: String
        var isNew: Bool
    }

    /// An empty comments part with sen2xl as its one author.
    static func skeleton(namespace: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"\(XMLText.attribute(namespace))\">"
            + "<authors><author>\(author)</author></authors><commentList></commentList></comments>"
    }

    /// Adds `notes` (cell, text) to the part in `editor`. Returns each note's full text.
    static func add(_ notes: [(cell: CellReference, text: String)], to editor: PartEditor, file: String) throws(XLSXError) -> [CellReference: NoteText] {
        let doc = try editor.flushed()
        let root = doc.root
        let rootPath = ElementPath(doc.elements[root].localName)
        let p = doc.elements[root].prefix
        let main = doc.namespaceURI(forPrefix: String(p.dropLast()), at: root) ?? PartXML.mainNamespace
        // In a part that writes its elements with a prefix, sen2xl's unprefixed elements carry
        // their own default-namespace declaration.
        let declare = doc.namespaceURI(forPrefix: "", at: root) == main ? "" : " xmlns=\"\(XMLText.attribute(main))\""
        func own(_ xml: String) -> String {
            guard !declare.isEmpty, let space = xml.firstIndex(where: { $0 == " " || $0 == ">" }) else { return xml }
            return String(xml[..<space]) + declare + String(xml[space...])
        }

        var authorIndex = 0
        if let authors = doc.child(of: root, named: "authors") {
            let names = doc.children(of: authors, named: "author").map { XMLEntities.decode(Array(doc.content(of: $0).utf8)) }
            if let known = names.firstIndex(of: author) {
                authorIndex = known
            } else {
                authorIndex = names.count
                editor.insertChildren([own("<author>\(author)</author>")], into: authors, path: rootPath.appending("authors"), indexed: true)
            }
        } else {
            editor.insertChildren([own("<authors><author>\(author)</author></authors>")], into: root, path: rootPath, before: ["commentList", "extLst"])
        }

        let list = doc.child(of: root, named: "commentList")
        var existing: [CellReference: Int] = [:]
        for c in list.map({ doc.children(of: $0, named: "comment") }) ?? [] {
            if let ref = doc.attributeValue("ref", of: c).flatMap(CellReference.init), existing[ref] == nil { existing[ref] = c }
        }
        var result: [CellReference: NoteText] = [:]
        var added: [String] = []
        for (cell, text) in notes {
            let commentPath = rootPath.appending("commentList").appending("comment", attribute: "ref", value: cell.description)
            guard let comment = existing[cell] else {
                added.append(own(CommentsXML.commentElement(ref: cell, authorIndex: authorIndex, text: text)))
                result[cell] = NoteText(text: text, isNew: true)
                continue
            }
            let before = noteText(doc, comment)
            if let body = doc.child(of: comment, named: "text") {
                editor.insertChildren([own(run("\n" + text))], into: body, path: commentPath.appending("text"), before: ["rPh", "phoneticPr"])
            } else {
                editor.insertChildren([own("<text>" + run(text) + "</text>")], into: comment, path: commentPath)
            }
            result[cell] = NoteText(text: before.isEmpty ? text : before + "\n" + text, isNew: false)
        }
        if let list {
            editor.insertChildren(added, into: list, path: rootPath.appending("commentList"))
        } else if !added.isEmpty {
            editor.insertChildren([own("<commentList>") + added.joined() + "</commentList>"], into: root, path: rootPath, before: ["extLst"])
        }
        try editor.flushOrThrow(file: file)
        return result
    }

    /// One run (`<r>`) of note text in the font ``CommentsXML`` writes notes in.
    static func run(_ text: String) -> String {
        "<r><rPr><sz val=\"8\"/><color indexed=\"81\"/><rFont val=\"Tahoma\"/><family val=\"2\"/></rPr>" + XMLText.textElement(text) + "</r>"
    }

    /// The visible text of a `<comment>`: its `<t>` elements, leaving out phonetic runs.
    static func noteText(_ doc: XMLSpliceDocument, _ comment: Int) -> String {
        guard let body = doc.child(of: comment, named: "text") else { return "" }
        var pieces: [String] = []
        for child in doc.children(of: body) {
            switch doc.elements[child].localName {
            case "t": pieces.append(doc.content(of: child))
            case "r": pieces += doc.children(of: child, named: "t").map { doc.content(of: $0) }
            default: break
            }
        }
        return OOXMLEscapes.decode(XMLEntities.decode(Array(pieces.joined().utf8)))
    }
}
