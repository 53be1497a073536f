/// Puts the finished parts of a workbook into its zip archive, in the conventional order
/// (content types first, then package and workbook parts, then sheets and their notes).
///
/// Sheets arrive one by one as ``WorkbookWriter/finish()`` completes them; their parts are
/// queued and everything is handed to libzip at the end, when the content types are known.
final class PackageAssembly {
    private enum Source {
        case text(String)
        case file(path: String, offset: Int64, length: Int64)
    }

    private let context: WorkbookContext
    private let zip: ZipArchiveWriter
    private var sheetParts: [(name: String, source: Source)] = []
    private var noteParts: [(name: String, source: Source)] = []
    private var contentTypes = ContentTypesPart()
    private var sheetTargets: [String] = []
    private var nextVMLBlock = 1
    /// Finished sheets are kept until the archive is written, because libzip reads their
    /// temporary files only then.
    private var keepAlive: [SheetWriter] = []

    init(context: WorkbookContext, zip: ZipArchiveWriter) {
        self.context = context
        self.zip = zip
    }

    /// Finishes `sheet` (its head and tail around the streamed rows) and queues its parts.
    func addSheet(_ sheet: SheetWriter, number: Int, isActive: Bool) throws(XLSXError) {
        let part = "xl/worksheets/sheet\(number).xml"
        var rels = WorksheetRelationshipsPart()
        var hyperlinkIDs: [Int: String] = [:]
        for (k, link) in sheet.settings.hyperlinks.enumerated() {
            if case .url(let url) = link.target {
                hyperlinkIDs[k] = rels.add(type: PartXML.RelationshipType.hyperlink, target: url, external: true)
            }
        }
        var legacyDrawing: String?
        if !sheet.settings.notes.isEmpty {
            let k = contentTypes.comments.count + 1
            legacyDrawing = rels.add(type: PartXML.RelationshipType.vmlDrawing, target: "../drawings/vmlDrawing\(k).vml")
            _ = rels.add(type: PartXML.RelationshipType.comments, target: "../comments\(k).xml")
            let (comments, vml) = notesParts(sheet.settings)
            contentTypes.comments.append("xl/comments\(k).xml")
            noteParts.append(("xl/comments\(k).xml", .text(comments)))
            noteParts.append(("xl/drawings/vmlDrawing\(k).vml", .text(vml)))
        }
        let head = WorksheetHeadPart(settings: sheet.settings, dimension: sheet.dimension, isActive: isActive).xml()
        let tail = WorksheetTailPart(settings: sheet.settings, hyperlinkRelationshipIDs: hyperlinkIDs,
                                     legacyDrawingRelationshipID: legacyDrawing, dateSystem: context.options.dateSystem).xml()
        let range = try sheet.spool.finish(head: Array(head.utf8), tail: Array(tail.utf8))
        sheetParts.append((part, .file(path: sheet.spool.path, offset: range.offset, length: range.length)))
        if let relsXML = rels.xml() { sheetParts.append((PartName.relationshipsPart(for: part), .text(relsXML))) }
        contentTypes.worksheets.append(part)
        sheetTargets.append("worksheets/sheet\(number).xml")
        keepAlive.append(sheet)
    }

    /// The comments part and VML drawing for a sheet's notes. Each sheet takes its own blocks
    /// of 1024 shape ids, so ids never repeat across the workbook.
    private func notesParts(_ settings: SheetSettings) -> (comments: String, vml: String) {
        var authors: [String] = []
        var comments: [(ref: CellReference, authorIndex: Int, text: String)] = []
        var shapes: [String] = []
        let blocks = (settings.notes.count + 1023) / 1024
        let idmap = Array(nextVMLBlock..<(nextVMLBlock + blocks))
        let widths = settings.columnWidthsInPoints
        for (n, note) in settings.notes.sorted(by: { $0.cell < $1.cell }).enumerated() {
            let author: Int
            if let known = authors.firstIndex(of: note.author) { author = known } else {
                author = authors.count
                authors.append(note.author)
            }
            comments.append((note.cell, author, note.text))
            let box = NoteBox.fitting(text: note.text, at: note.cell, columnWidthsInPoints: widths, rowHeightsInPoints: settings.rowHeights)
            let shapeID = 1024 * (nextVMLBlock + n / 1024) + n % 1024 + 1
            shapes.append(VMLDrawingXML.noteShape(shapeID: shapeID, at: note.cell, box: box, visible: note.visible))
        }
        nextVMLBlock += blocks
        return (CommentsXML.document(authors: authors, comments: comments), VMLDrawingXML.document(idmap: idmap, shapes: shapes))
    }

    /// Adds every part to the archive and writes it into place.
    func finish(workbook: WorkbookPart, properties: DocumentProperties) throws(XLSXError) {
        var strings: Source?
        if let table = context.sharedStrings, table.uniqueCount > 0 {
            let part = try table.finish()
            strings = .file(path: part.path, offset: part.offset, length: part.length)
        }
        contentTypes.hasSharedStrings = strings != nil
        var parts: [(name: String, source: Source)] = [
            ("[Content_Types].xml", .text(contentTypes.xml())),
            ("_rels/.rels", .text(RootRelationshipsPart.xml())),
            ("docProps/app.xml", .text(AppPropertiesPart(sheetNames: workbook.sheets.map(\.name)).xml())),
            ("docProps/core.xml", .text(CorePropertiesPart(properties: properties).xml())),
            ("xl/workbook.xml", .text(workbook.xml())),
            ("xl/_rels/workbook.xml.rels", .text(WorkbookRelationshipsPart(sheetTargets: sheetTargets, hasSharedStrings: strings != nil).xml())),
            ("xl/styles.xml", .text(StylesPart(registry: context.styles).xml())),
        ]
        if let strings { parts.append(("xl/sharedStrings.xml", strings)) }
        parts += sheetParts + noteParts
        do {
            for (name, source) in parts {
                switch source {
                case .text(let text):
                    try zip.add(name: name, text: text, compression: context.options.compression)
                case .file(let path, let offset, let length):
                    try zip.add(name: name, contentsOfFile: path, offset: offset, length: length, compression: context.options.compression)
                }
            }
            try zip.close()
        } catch {
            throw XLSXError(error)
        }
        keepAlive.removeAll()
    }
}
