/// The package as the annotator is changing it: the input archive, the small parts loaded for
/// editing, parts created or deleted, and worksheets already streamed to their new form.
///
/// Nothing is written until ``write(to:level:)``; parts never touched are not even read.
final class PackageState {
    /// The input workbook (opened and checked by the reader).
    let workbook: Workbook
    /// The input file's path, for error messages.
    var file: String { workbook.path }
    private(set) var editors: [String: PartEditor] = [:]
    private(set) var created: [String] = []
    private(set) var deleted: Set<String> = []
    /// Worksheets rewritten by streaming (already deflated), by lowercased part name.
    private(set) var streamed: [String: DeflatedData] = [:]
    /// Parts this run created, with the local name of the elements whose absence makes each
    /// one empty (nil: delete unconditionally when undone).
    private(set) var createdParts: [String: String?] = [:]

    init(workbook: Workbook) {
        self.workbook = workbook
    }

    /// True when `part` exists in the package as it now stands.
    func exists(_ part: String) -> Bool {
        let key = part.lowercased()
        if deleted.contains(key) { return false }
        return workbook.archive.contains(part) || created.contains { $0.lowercased() == key }
    }

    /// Every part name in the package as it now stands.
    var partNames: [String] {
        workbook.archive.entryNames.filter { !deleted.contains($0.lowercased()) && !$0.hasSuffix("/") } + created
    }

    /// The first name `make(k)` for k = 1, 2, … that no part uses.
    func unusedName(_ make: (Int) -> String) -> String {
        let taken = Set(partNames.map { $0.lowercased() })
        var k = 1
        while taken.contains(make(k).lowercased()) { k += 1 }
        return make(k)
    }

    /// The editor for an existing small part, loading it on first use.
    func editor(for part: String) throws(XLSXError) -> PartEditor {
        if let e = editors[part.lowercased()] { return e }
        guard exists(part) else {
            throw XLSXError(code: .missingPart, file: file, part: part, message: "the part is missing; the file is damaged")
        }
        let bytes: [UInt8]
        do { bytes = try workbook.archive.read(part) } catch { throw XLSXError(error) }
        return try register(part, bytes: bytes)
    }

    /// Creates a small part with `bytes`, recorded as created by sen2xl.
    ///
    /// - Parameter contentElement: the local name of the elements whose absence makes the part
    ///   empty (it is then deleted when undone); nil to delete it unconditionally.
    @discardableResult
    func create(_ part: String, bytes: [UInt8], contentElement: String?) throws(XLSXError) -> PartEditor {
        deleted.remove(part.lowercased())
        if !workbook.archive.contains(part) { created.append(part) }
        createdParts[part] = contentElement
        return try register(part, bytes: bytes, fresh: true)
    }

    /// Records the streamed new content of a worksheet part.
    func setStreamed(_ part: String, _ content: DeflatedData) {
        streamed[part.lowercased()] = content
    }

    /// Removes a part from the package.
    func delete(_ part: String) {
        let key = part.lowercased()
        editors.removeValue(forKey: key)
        streamed.removeValue(forKey: key)
        created.removeAll { $0.lowercased() == key }
        createdParts.removeValue(forKey: part)
        if workbook.archive.contains(part) { deleted.insert(key) }
    }

    private func register(_ part: String, bytes: [UInt8], fresh: Bool = false) throws(XLSXError) -> PartEditor {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw XLSXError(code: .malformedPart, file: file, part: part,
                            message: "the part is UTF-16 text, which sen2xl does not edit; save the workbook again from Excel")
        }
        let document: XMLSpliceDocument
        do {
            document = try XMLSpliceDocument(part: part, bytes: bytes, lenient: part.lowercased().hasSuffix(".vml"))
        } catch {
            throw XLSXError(error, file: file)
        }
        let editor = PartEditor(document)
        if fresh { editor.markChanged() }
        editors[part.lowercased()] = editor
        return editor
    }

    /// Writes every changed, created and deleted part into `updater`; small parts are
    /// deflated at `level`.
    func write(to updater: ZipArchiveUpdater, level: Int) throws(XLSXError) {
        do throws(ZipError) {
            for part in deleted.sorted() {
                if let name = workbook.archive.entryNames.first(where: { $0.lowercased() == part }) { try updater.delete(name) }
            }
        } catch {
            throw XLSXError(error)
        }
        for name in workbook.archive.entryNames + created {
            let key = name.lowercased()
            let bytes = try editors[key].flatMap { e throws(XLSXError) in e.changed ? try e.flushed().bytes : nil }
            do throws(ZipError) {
                if let data = streamed[key] {
                    try updater.write(name, deflated: data)
                } else if let bytes {
                    try updater.write(name, bytes: bytes, level: level)
                }
            } catch {
                throw XLSXError(error)
            }
        }
    }
}
