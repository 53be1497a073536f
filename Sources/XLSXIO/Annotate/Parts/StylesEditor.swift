/// Adds sen2xl's cell formats to the workbook's styles part, only ever by appending.
///
/// A highlight is a clone of the cell's own format (`cellXfs/xf[s]`) with sen2xl's solid fill,
/// made once per original format and severity, so number and date formats, fonts, borders,
/// alignment and protection survive. Existing entries are never renumbered: conditional
/// formats, tables and cell styles refer to them by position.
final class StylesEditor {
    /// The styles part.
    let part: String
    private let editor: PartEditor
    private let prefix: String
    private let rootPath: ElementPath
    private let existingXfs: [String]
    private let existingFonts: [String]
    private let missing: Set<String>
    private let fillBase: Int
    private let fontBase: Int
    private let xfBase: Int
    private var newFills: [String] = []
    private var fillIndex: [AnnotationSeverity: Int] = [:]
    private var newFonts: [String] = []
    private var newXfs: [String] = []
    private var clones: [String: Int] = [:]

    /// The containers sen2xl may add to, in CT_Stylesheet order, with what a newly created one
    /// must hold before sen2xl's entries (the reserved fills; a default font, border and format).
    static let order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"]

    /// The containers a cell format needs, created (with their default entries) when missing.
    static let required = ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]


    /// Opens the workbook's styles part, creating a minimal one when the workbook has none.
    init(state: PackageState, workbookPart: String, relationshipBase: String) throws(XLSXError) {
        let rels = try state.relationships(of: workbookPart)
        if let existing = rels.first(where: { $0.isType("styles") })?.resolvedPart, state.exists(existing) {
            part = existing
            editor = try state.editor(for: existing)
        } else {
            let folder = PartName.split(workbookPart).folder
            part = state.unusedName { k in (folder.isEmpty ? "" : folder + "/") + (k == 1 ? "styles.xml" : "styles\(k).xml") }
            let skeleton = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<styleSheet xmlns=\"\(PartXML.mainNamespace)\"></styleSheet>"
            editor = try state.create(part, bytes: Array(skeleton.utf8), contentElement: nil)
            try state.addRelationship(from: workbookPart, id: try state.unusedRelationshipID(of: workbookPart),
                                      type: relationshipBase + "/styles", to: part)
            try state.ensureContentType(PartXML.ContentType.styles, for: part, asDefault: false)
        }
        let doc = try editor.flushed()
        prefix = doc.elements[doc.root].prefix
        rootPath = ElementPath(doc.elements[doc.root].localName)
        func children(_ name: String) -> [String]? {
            doc.child(of: doc.root, named: name).map { c in doc.children(of: c).map { doc.text(of: $0) } }
        }
        existingXfs = children("cellXfs") ?? []
        existingFonts = children("fonts") ?? []
        missing = Set(StylesEditor.required.filter { doc.child(of: doc.root, named: $0) == nil })
        fontBase = children("fonts")?.count ?? 1
        fillBase = children("fills")?.count ?? 2
        xfBase = children("cellXfs")?.count ?? 1
    }

    /// The format index showing `base` highlighted for `severity` (`base` itself for `.info`).
    func highlight(_ base: Int, _ severity: AnnotationSeverity) -> Int {
        guard let argb = severity.fillARGB else { return base }
        let key = "\(base)/\(severity.rawValue)"
        if let known = clones[key] { return known }
        let fill: Int
        if let f = fillIndex[severity] {
            fill = f
        } else {
            fill = fillBase + newFills.count
            fillIndex[severity] = fill
            newFills.append("<\(prefix)fill><\(prefix)patternFill patternType=\"solid\"><\(prefix)fgColor rgb=\"\(argb)\"/>"
                            + "<\(prefix)bgColor indexed=\"64\"/></\(prefix)patternFill></\(prefix)fill>")
        }
        let original = base >= 0 && base < existingXfs.count ? existingXfs[base] : defaultXf
        let clone = XMLTagEdits.settingAttributes([("fillId", String(fill)), ("applyFill", "1")], ofElement: Array(original.utf8))
        return append(xf: String(decoding: clone, as: UTF8.self), key: key)
    }

    /// The format index of a summary-sheet cell style.
    func summaryStyle(_ style: SummarySheet.Style) -> Int {
        let key = "summary/\(style)"
        if let known = clones[key] { return known }
        switch style {
        case .plain:
            return 0
        case .header:
            let font = addFont(adding: "<\(prefix)b/>")
            return append(xf: "<\(prefix)xf numFmtId=\"0\" fontId=\"\(font)\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>", key: key)
        case .link:
            let font = addFont(adding: "<\(prefix)u/><\(prefix)color rgb=\"FF0563C1\"/>", droppingColor: true)
            return append(xf: "<\(prefix)xf numFmtId=\"0\" fontId=\"\(font)\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>", key: key)
        case .wrapped:
            return append(xf: "<\(prefix)xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
                          + "<\(prefix)alignment vertical=\"top\" wrapText=\"1\"/></\(prefix)xf>", key: key)
        }
    }

    private var defaultXf: String { "<\(prefix)xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" }
    private var defaultFont: String { "<\(prefix)font><\(prefix)sz val=\"11\"/><\(prefix)name val=\"Calibri\"/><\(prefix)family val=\"2\"/></\(prefix)font>" }

    private func append(xf: String, key: String) -> Int {
        let index = xfBase + newXfs.count
        newXfs.append(xf)
        clones[key] = index
        return index
    }

    /// Adds a copy of the workbook's default font with `extra` children first.
    private func addFont(adding extra: String, droppingColor: Bool = false) -> Int {
        var font = existingFonts.first ?? defaultFont
        if droppingColor, let doc = try? XMLSpliceDocument(part: part, bytes: Array(font.utf8)),
           let color = doc.child(of: doc.root, named: "color"),
           let edited = try? doc.applying([XMLSplice(range: doc.elements[color].start..<doc.elements[color].end, replacement: [])]) {
            font = String(decoding: edited.bytes, as: UTF8.self)
        }
        if let doc = try? XMLSpliceDocument(part: part, bytes: Array(font.utf8)) {
            let root = doc.elements[doc.root]
            let splice = root.isEmptyElement
                ? doc.bytes.withUnsafeBufferPointer { XMLTagEdits.expand(root.startTag, in: $0, with: extra) }
                : XMLSplice.insert(extra, at: root.contentStart)
            if let edited = try? doc.applying([splice]) { font = String(decoding: edited.bytes, as: UTF8.self) }
        }
        newFonts.append(font)
        return fontBase + newFonts.count - 1
    }

    /// Appends everything added to the styles part (and creates containers it lacks).
    func finish() throws(XLSXError) {
        guard !newXfs.isEmpty else { return }
        let doc = try editor.flushed()
        let p = prefix
        let reserved: [String: [String]] = [
            "fonts": [defaultFont],
            "fills": ["<\(p)fill><\(p)patternFill patternType=\"none\"/></\(p)fill>", "<\(p)fill><\(p)patternFill patternType=\"gray125\"/></\(p)fill>"],
            "borders": ["<\(p)border><\(p)left/><\(p)right/><\(p)top/><\(p)bottom/><\(p)diagonal/></\(p)border>"],
            "cellStyleXfs": ["<\(p)xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"],
            "cellXfs": [defaultXf],
        ]
        let added: [String: [String]] = ["fonts": newFonts, "fills": newFills, "cellXfs": newXfs]
        for (k, name) in StylesEditor.order.enumerated() {
            let new = added[name] ?? []
            if let container = doc.child(of: doc.root, named: name) {
                guard !new.isEmpty else { continue }
                let path = rootPath.appending(name)
                editor.insertChildren(new, into: container, path: path, indexed: true)
                if doc.attribute("count", of: container) != nil {
                    editor.setAttribute("count", to: String(doc.children(of: container).count + new.count), on: container, path: path)
                }
            } else if missing.contains(name) {
                let children = (reserved[name] ?? []) + new
                let xml = "<\(p)\(name) count=\"\(children.count)\">" + children.joined() + "</\(p)\(name)>"
                editor.insertChildren([xml], into: doc.root, path: rootPath, before: Set(StylesEditor.order[(k + 1)...]))
            }
        }
        try editor.flushOrThrow(file: nil)
    }
}
