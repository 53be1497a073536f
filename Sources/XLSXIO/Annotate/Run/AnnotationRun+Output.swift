extension AnnotationRun {
    static let customXMLPropertiesType = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"

    /// Stores the record of this run's changes in a custom XML part (with its properties part
    /// and links), unless the run changed nothing.
    func writeMarker() throws(XLSXError) {
        guard !sheetRecords.isEmpty || state.hasRecordableEdits else { return }
        let taken = Set(state.partNames.map { $0.lowercased() })
        var k = 1
        while taken.contains("customxml/item\(k).xml") || taken.contains("customxml/itemprops\(k).xml") { k += 1 }
        let item = "customXml/item\(k).xml", properties = "customXml/itemProps\(k).xml"
        try state.create(item, bytes: Array("<sen2xl/>".utf8), contentElement: nil)
        let props = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
            + "<ds:datastoreItem ds:itemID=\"\(AnnotationMarker.itemID)\" xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
            + "<ds:schemaRefs><ds:schemaRef ds:uri=\"\(AnnotationMarker.namespace)\"/></ds:schemaRefs></ds:datastoreItem>"
        try state.create(properties, bytes: Array(props.utf8), contentElement: nil)
        try state.addRelationship(from: item, id: "rId1", type: relationshipBase + "/customXmlProps", to: properties)
        try state.addRelationship(from: book.workbookPart, id: try state.unusedRelationshipID(of: book.workbookPart),
                                  type: relationshipBase + "/customXml", to: item)
        try state.ensureContentType(PartXML.ContentType.xml, for: item, asDefault: true)
        try state.ensureContentType(AnnotationRun.customXMLPropertiesType, for: properties, asDefault: false)
        let marker = AnnotationMarker(parts: state.records(), sheets: sheetRecords, summaryName: report.summarySheetName)
        try state.create(item, bytes: Array(marker.document().utf8), contentElement: nil)
    }

    /// Writes the output: a copy of the input beside it, updated in place by libzip (untouched
    /// entries copied raw), then renamed over the output.
    func writeOutput() throws(XLSXError) {
        let atomic = try AtomicFile(destination: output, overwrite: overwrite)
        try OutputCheck.copy(book.path, to: atomic.temporaryPath, for: output)
        let updater: ZipArchiveUpdater
        do { updater = try ZipArchiveUpdater(path: atomic.temporaryPath) } catch { throw XLSXError(error) }
        try state.write(to: updater, level: AnnotationRun.smallPartLevel)
        do { try updater.close() } catch { throw XLSXError(error) }
        try atomic.commit()
    }

    /// Deflate level for small parts (styles, notes, relationships).
    static let smallPartLevel = 6
    /// Deflate level for rewritten worksheets, which dominate the time (see BENCHMARKS.md).
    static let largeSheetLevel = 3
}

extension PackageState {
    /// True when any small part carries a change to record.
    var hasRecordableEdits: Bool {
        !createdParts.isEmpty || editors.values.contains { !$0.edits.isEmpty }
    }

    /// The record of every small part this run created or changed, in part-name order.
    func records() -> [PartRecord] {
        var names = Set(editors.values.filter { !$0.edits.isEmpty }.map(\.part))
        names.formUnion(createdParts.keys)
        return names.sorted().map { name in
            let edits = editors[name.lowercased()]?.edits ?? []
            return PartRecord(part: name, created: createdParts[name] != nil, contentElement: createdParts[name] ?? nil, edits: edits)
        }
    }
}
