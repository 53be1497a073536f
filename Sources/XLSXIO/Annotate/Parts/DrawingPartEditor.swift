/// Adds note boxes to a sheet's legacy VML drawing, treating the part as text: new shapes go
/// in before `</xml>`, so whatever else the drawing holds (form buttons, non-well-formed HTML
/// such as `<br>`) is kept as it was. The box of a note that sen2xl extends is enlarged when
/// the longer text needs it.
enum DrawingPartEditor {
    static let noteShapeTypeID = "_x0000_t202"

    /// Adds or enlarges the boxes of `notes` (cell and the note's full text).
    static func add(_ notes: [(cell: CellReference, note: CommentsPartEditor.NoteText)], to editor: PartEditor,
                    allocator: ShapeIDAllocator, columnWidths: [Int: Double], file: String) throws(XLSXError) {
        let doc = try editor.flushed()
        let root = doc.root
        guard doc.elements[root].endTag != nil else {
            throw XLSXError(code: .malformedPart, file: file, part: editor.part,
                            message: "the notes drawing has no closing </xml>, so notes cannot be added; save the workbook again from Excel")
        }
        let rootPath = ElementPath(doc.elements[root].localName)
        var blocks = ShapeIDAllocator.blocks(in: doc)
        let originalBlocks = blocks
        var used = Set<Int>()
        var noteShapes: [CellReference: Int] = [:]
        var hasNoteShapeType = false
        for i in doc.elements.indices {
            switch doc.elements[i].localName {
            case "shape":
                if let id = doc.attributeValue("id", of: i), id.hasPrefix("_x0000_s"), let n = Int(id.dropFirst(8)) { used.insert(n) }
                if let cell = noteCell(doc, shape: i), noteShapes[cell] == nil { noteShapes[cell] = i }
            case "shapetype":
                if doc.attributeValue("id", of: i) == noteShapeTypeID { hasNoteShapeType = true }
            default:
                break
            }
        }
        var shapes: [String] = []
        var candidate = 0
        func nextID() -> Int {
            while true {
                for b in blocks {
                    let low = b * 1024 + 1, high = b * 1024 + 1023
                    if candidate < low { candidate = low }
                    while candidate <= high {
                        defer { candidate += 1 }
                        if !used.contains(candidate) { used.insert(candidate); return candidate }
                    }
                }
                blocks.append(allocator.newBlock())
            }
        }
        for (cell, note) in notes {
            let box = NoteBox.fitting(text: note.text, at: cell, columnWidthsInPoints: columnWidths)
            // A cell whose note already has a box (even an orphan one) keeps that one box.
            if let shape = noteShapes[cell] {
                enlarge(shape, in: doc, to: box, editor: editor, path: rootPath)
            } else {
                shapes.append(VMLDrawingXML.noteShape(shapeID: nextID(), at: cell, box: box, visible: false))
            }
        }
        if blocks != originalBlocks {
            let data = blocks.map(String.init).joined(separator: ",")
            if let idmap = doc.elements.indices.first(where: { doc.elements[$0].localName == "idmap" }),
               let layout = doc.elements[idmap].parent {
                let path = rootPath.appending(doc.elements[layout].localName).appending("idmap")
                editor.setAttribute("data", to: data, on: idmap, path: path)
            } else {
                editor.insertChildren(["<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"\(data)\"/></o:shapelayout>"],
                                      into: root, path: rootPath, before: ["shapetype", "shape"])
            }
        }
        if !shapes.isEmpty && !hasNoteShapeType { shapes.insert(VMLDrawingXML.noteShapeType, at: 0) }
        editor.insertChildren(shapes, into: root, path: rootPath)
        try editor.flushOrThrow(file: file)
    }

    /// The cell a note shape belongs to (from `x:Row` and `x:Column`, which are 0-based).
    static func noteCell(_ doc: XMLSpliceDocument, shape: Int) -> CellReference? {
        guard let data = doc.child(of: shape, named: "ClientData"), doc.attributeValue("ObjectType", of: data) == "Note",
              let r = doc.child(of: data, named: "Row").flatMap({ Int(doc.content(of: $0).filter { !$0.isWhitespace }) }),
              let c = doc.child(of: data, named: "Column").flatMap({ Int(doc.content(of: $0).filter { !$0.isWhitespace }) }),
              r >= 0, c >= 0 else { return nil }
        return CellReference(row: r + 1, column: c + 1)
    }

    /// A CSS length in points, with at most two decimals, as note shapes write it.
    private static func cssPoints(_ value: Double) -> String {
        CellValue.numberText((value * 100).rounded() / 100) + "pt"
    }

    /// Grows an existing note's box (never shrinks it, never moves it) to `wanted`'s size.
    private static func enlarge(_ shape: Int, in doc: XMLSpliceDocument, to wanted: NoteBox, editor: PartEditor, path rootPath: ElementPath) {
        guard let id = doc.attributeValue("id", of: shape), let style = doc.attribute("style", of: shape) else { return }
        let raw = String(decoding: doc.bytes[style.valueStart..<style.valueEnd], as: UTF8.self)
        var declarations = raw.split(separator: ";").map { $0.split(separator: ":", maxSplits: 1).map { String($0).filter { !$0.isWhitespace } } }
        func points(_ key: String) -> Double? {
            declarations.first { $0.first == key && $0.count == 2 }.flatMap { Double($0[1].hasSuffix("pt") ? String($0[1].dropLast(2)) : $0[1]) }
        }
        guard let width = points("width"), let height = points("height") else { return }
        let newWidth = max(width, wanted.widthPoints), newHeight = max(height, wanted.heightPoints)
        guard newWidth > width + 0.01 || newHeight > height + 0.01 else { return }
        for k in declarations.indices where declarations[k].count == 2 {
            if declarations[k][0] == "width" { declarations[k][1] = cssPoints(newWidth) }
            if declarations[k][0] == "height" { declarations[k][1] = cssPoints(newHeight) }
        }
        let shapePath = rootPath.appending("shape", attribute: "id", value: id)
        editor.setAttribute("style", to: declarations.map { $0.joined(separator: ":") }.joined(separator: ";"), on: shape, path: shapePath)
        guard let data = doc.child(of: shape, named: "ClientData"), let anchor = doc.child(of: data, named: "Anchor") else { return }
        let numbers = doc.content(of: anchor).split(separator: ",").compactMap { Int($0.filter { !$0.isWhitespace }) }
        guard numbers.count == 8 else { return }
        let columns = NoteBox.Track(defaultPoints: NoteBox.defaultColumnWidthPoints, overrides: [:], limit: CellReference.maxColumn)
        let rows = NoteBox.Track(defaultPoints: NoteBox.defaultRowHeightPoints, overrides: [:], limit: CellReference.maxRow)
        let (c2, x2) = columns.advance(from: numbers[0], offset: numbers[1], by: Int((newWidth / 0.75).rounded()))
        let (r2, y2) = rows.advance(from: numbers[2], offset: numbers[3], by: Int((newHeight / 0.75).rounded()))
        let text = [numbers[0], numbers[1], numbers[2], numbers[3], c2, x2, r2, y2].map(String.init).joined(separator: ", ")
        editor.setContent(text, of: anchor, path: shapePath.appending("ClientData").appending("Anchor"))
    }
}
