/// The end of a worksheet part, from `</sheetData>` on, with every element in CT_Worksheet
/// order: sheetProtection, autoFilter, mergeCells, dataValidations, hyperlinks, pageMargins,
/// legacyDrawing. A wrong order makes Excel repair the file.
struct WorksheetTailPart {
    let settings: SheetSettings
    /// The relationship id of each external hyperlink, by position in `settings.hyperlinks`.
    let hyperlinkRelationshipIDs: [Int: String]
    /// The relationship id of the VML drawing, when the sheet has notes.
    let legacyDrawingRelationshipID: String?
    /// The workbook's date system, for date validations.
    let dateSystem: DateSystem

    /// The tail's XML.
    func xml() -> String {
        var x = "</sheetData>"
        if settings.isProtected { x += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"/>" }
        if let filter = settings.autoFilter { x += "<autoFilter ref=\"\(filter)\"/>" }
        if !settings.merges.isEmpty {
            x += "<mergeCells count=\"\(settings.merges.count)\">"
            for m in settings.merges { x += "<mergeCell ref=\"\(m)\"/>" }
            x += "</mergeCells>"
        }
        if !settings.validations.isEmpty {
            x += "<dataValidations count=\"\(settings.validations.count)\">"
            x += settings.validations.map { DataValidationXML(validation: $0, dateSystem: dateSystem).xml() }.joined()
            x += "</dataValidations>"
        }
        x += hyperlinksXML()
        x += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        if let id = legacyDrawingRelationshipID { x += "<legacyDrawing r:id=\"\(id)\"/>" }
        return x + "</worksheet>"
    }

    func hyperlinksXML() -> String {
        guard !settings.hyperlinks.isEmpty else { return "" }
        var x = "<hyperlinks>"
        for (i, link) in settings.hyperlinks.enumerated() {
            x += "<hyperlink ref=\"\(link.cell)\""
            if let id = hyperlinkRelationshipIDs[i] { x += " r:id=\"\(id)\"" }
            if let location = link.location { x += PartXML.attribute("location", location) }
            if let tip = link.tooltip { x += PartXML.attribute("tooltip", tip) }
            x += "/>"
        }
        return x + "</hyperlinks>"
    }
}
