/// A workbook opened for reading.
///
/// Opening reads only the small parts (package and workbook relationships, `workbook.xml`);
/// the shared strings and styles are read on first use, and sheets are streamed row by row
/// through ``openSheet(_:)``.
///
///     let book = try Workbook(path: "return.xlsx")
///     for sheet in book.sheets { print(sheet.name) }
///     let reader = try book.openSheet(book.sheets[0])
///     while let row = try reader.next() { print(row.index, row.cells.count) }
public final class Workbook {
    /// The file's path.
    public let path: String
    /// The zip container.
    public let archive: ZipArchive
    /// The main workbook part (usually `xl/workbook.xml`).
    public let workbookPart: String
    /// Sheets in workbook order.
    public let sheets: [SheetInfo]
    /// The serial-date epoch.
    public let dateSystem: DateSystem
    /// The parsed `workbook.xml`.
    public let workbookXML: XMLTreeElement
    /// The workbook part's relationships.
    public let relationships: Relationships
    private var cachedSharedStrings: SharedStringTable?
    private var cachedFormats: CellFormatTable?

    /// Opens the workbook at `path`.
    ///
    /// - Throws: ``XLSXError`` naming the file and what is wrong: password-protected
    ///   (``XLSXError/Code/encrypted``), `.xls` (``XLSXError/Code/legacyFormat``), `.xlsb`
    ///   (``XLSXError/Code/binaryFormat``), not a workbook, damaged, or missing parts.
    public init(path: String, limits: ReadLimits = .standard) throws(XLSXError) {
        switch try FileSniffer.sniff(path: path) {
        case .zip: break
        case .encryptedOOXML:
            throw XLSXError(code: .encrypted, file: path, message: "this workbook is password-protected: save an unprotected copy and try again")
        case .legacyXLS:
            throw XLSXError(code: .legacyFormat, file: path, message: "this is an old-style Excel 97–2003 (.xls) workbook: open it in Excel or LibreOffice and save it as .xlsx")
        case .otherCompoundFile:
            throw XLSXError(code: .notAWorkbook, file: path, message: "this is an OLE compound document, not an .xlsx workbook: save it as .xlsx")
        case .notAWorkbook(let why):
            throw XLSXError(code: .notAWorkbook, file: path, message: why)
        }
        let archive: ZipArchive
        do { archive = try ZipArchive(path: path, limits: limits) } catch { throw XLSXError(error) }
        self.archive = archive
        self.path = path

        let packageRels = try Relationships.read(for: "", in: archive)
        var mainPart = packageRels.first(ofType: "officeDocument")?.resolvedPart ?? "xl/workbook.xml"
        if !archive.contains(mainPart), archive.contains("xl/workbook.xml") { mainPart = "xl/workbook.xml" }
        if mainPart.lowercased().hasSuffix(".bin") || (!archive.contains(mainPart) && archive.contains("xl/workbook.bin")) {
            throw XLSXError(code: .binaryFormat, file: path, message: "this is an Excel binary (.xlsb) workbook: open it in Excel and save it as .xlsx")
        }
        guard archive.contains(mainPart) else {
            throw XLSXError(code: .missingPart, file: path, part: mainPart,
                            message: "the file is a zip archive but has no workbook part; it is not an .xlsx workbook or it is damaged")
        }
        workbookPart = mainPart
        let bytes: [UInt8]
        do { bytes = try archive.read(mainPart) } catch { throw XLSXError(error) }
        let root: XMLTreeElement
        do { root = try XMLTreeElement.parse(bytes: bytes, part: mainPart) } catch { throw XLSXError(error, file: path) }
        workbookXML = root
        let rels = try Relationships.read(for: mainPart, in: archive)
        relationships = rels

        let pr = root.child("workbookPr")?.attribute("date1904")?.lowercased()
        dateSystem = (pr == "1" || pr == "true") ? .date1904 : .date1900

        var sheets: [SheetInfo] = []
        for (n, sheet) in (root.child("sheets")?.children("sheet") ?? []).enumerated() {
            let name = sheet.attribute("name") ?? "Sheet\(n + 1)"
            let rid = sheet.attribute("id", namespaceEndingWith: "relationships") ?? sheet.attribute("id") ?? ""
            guard let rel = rels[id: rid], let part = rel.resolvedPart else {
                throw XLSXError(code: .missingPart, file: path, part: mainPart, sheet: name,
                                message: "the sheet's relationship \(rid) is missing from the workbook; the file is damaged")
            }
            let kind: SheetInfo.Kind
            if rel.isType("chartsheet") { kind = .chartsheet }
            else if rel.isType("dialogsheet") { kind = .dialogsheet }
            else if rel.isType("macrosheet") || rel.isType("xlMacrosheet") || rel.isType("xlIntlMacrosheet") { kind = .macrosheet }
            else { kind = .worksheet }
            let state = SheetInfo.State(rawValue: sheet.attribute("state") ?? "visible") ?? .visible
            sheets.append(SheetInfo(index: n + 1, name: name, state: state, kind: kind, part: part,
                                    sheetID: sheet.attribute("sheetId").flatMap { Int($0) } ?? n + 1, relationshipID: rid))
        }
        self.sheets = sheets
    }

    /// The shared-string table (read on first use).
    public func sharedStrings() throws(XLSXError) -> SharedStringTable {
        if let cachedSharedStrings { return cachedSharedStrings }
        var part = relationships.first(ofType: "sharedStrings")?.resolvedPart
        if part == nil || !archive.contains(part!) {
            part = archive.contains("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil
        }
        let table = try part.map { p throws(XLSXError) in try SharedStringTable.read(part: p, archive: archive) } ?? SharedStringTable()
        cachedSharedStrings = table
        return table
    }

    /// The number-format kind of every cell format (read on first use).
    public func cellFormats() throws(XLSXError) -> CellFormatTable {
        if let cachedFormats { return cachedFormats }
        var table = CellFormatTable()
        if let part = relationships.first(ofType: "styles")?.resolvedPart, archive.contains(part) {
            let bytes: [UInt8]
            do { bytes = try archive.read(part) } catch { throw XLSXError(error) }
            do { table = CellFormatTable(styles: try XMLTreeElement.parse(bytes: bytes, part: part)) } catch { throw XLSXError(error, file: path) }
        }
        cachedFormats = table
        return table
    }

    /// The sheet named `name` (exact match first, then ignoring case).
    public func sheet(named name: String) -> SheetInfo? {
        sheets.first { $0.name == name } ?? sheets.first { $0.name.lowercased() == name.lowercased() }
    }

    /// Finds a sheet by name or, when `selector` is a number, by 1-based position.
    public func sheet(matching selector: String) throws(XLSXError) -> SheetInfo {
        if let s = sheet(named: selector) { return s }
        if let n = Int(selector), n >= 1, n <= sheets.count { return sheets[n - 1] }
        let names = sheets.map { "'\($0.name)'" }.joined(separator: ", ")
        throw XLSXError(code: .sheetNotFound, file: path, sheet: selector,
                        message: "no such sheet; the workbook has \(names)")
    }

    /// The sheet chosen by `selector` (see ``sheet(matching:)``), or the first sheet when
    /// `selector` is nil.
    public func sheet(matchingOrFirst selector: String?) throws(XLSXError) -> SheetInfo {
        if let selector { return try sheet(matching: selector) }
        guard let first = sheets.first else {
            throw XLSXError(code: .sheetNotFound, file: path, message: "the workbook has no sheets")
        }
        return first
    }

    /// Opens `sheet` for streaming its rows.
    public func openSheet(_ sheet: SheetInfo) throws(XLSXError) -> SheetReader {
        try SheetReader(workbook: self, sheet: sheet)
    }

    /// The sheet's `<dimension ref>`, if the sheet declares one. Reads only the sheet's head.
    public func dimension(of sheet: SheetInfo) throws(XLSXError) -> String? {
        guard sheet.kind == .worksheet || sheet.kind == .macrosheet, archive.contains(sheet.part) else { return nil }
        let entry: ZipEntryReader
        do { entry = try archive.openEntry(sheet.part) } catch { throw XLSXError(error) }
        let probe = DimensionProbe()
        try XMLPushParser.parse(entry, part: sheet.part, handler: probe)
        return probe.dimension
    }
}

/// Reads a worksheet only as far as `<sheetData>`, to find `<dimension ref>`.
final class DimensionProbe: XMLEventHandler {
    var dimension: String?
    var done = false
    var wantsToStop: Bool { done }

    func startElement(_ tag: XMLStartTag) {
        guard !done else { return }
        if tag.hasLocalName("dimension") { dimension = tag.attribute("ref"); done = true }
        else if tag.hasLocalName("sheetData") { done = true }
    }
    func endElement(localName: UnsafePointer<UInt8>) {}
    func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}
