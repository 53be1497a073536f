/// `xl/workbook.xml`: the sheets in tab order with their visibility, the active tab, the
/// date system, defined names and the calculation settings.
struct WorkbookPart {
    /// One sheet entry.
    struct Sheet {
        var name: String
        var state: SheetInfo.State
    }

    let sheets: [Sheet]
    /// 0-based position of the sheet shown on opening.
    let activeSheet: Int
    let dateSystem: DateSystem
    let definedNames: [DefinedName]
    /// Ask Excel to recalculate on opening (when formulas were written, maybe without values).
    let recalculateOnLoad: Bool

    func xml() -> String {
        var x = PartXML.declaration
        x += "<workbook xmlns=\"\(PartXML.mainNamespace)\" xmlns:r=\"\(PartXML.relationshipsNamespace)\">"
        x += dateSystem == .date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>"
        // The window geometry is Excel's own default for a new workbook.
        x += "<bookViews><workbookView xWindow=\"240\" yWindow=\"15\" windowWidth=\"16095\" windowHeight=\"9660\""
        x += (activeSheet > 0 ? " activeTab=\"\(activeSheet)\"" : "") + "/></bookViews><sheets>"
        for (i, sheet) in sheets.enumerated() {
            x += "<sheet" + PartXML.attribute("name", sheet.name) + " sheetId=\"\(i + 1)\""
            if sheet.state != .visible { x += " state=\"\(sheet.state.rawValue)\"" }
            x += " r:id=\"rId\(i + 1)\"/>"
        }
        x += "</sheets>"
        if !definedNames.isEmpty {
            x += "<definedNames>"
            for n in DefinedName.excelOrder(definedNames) {
                x += "<definedName" + PartXML.attribute("name", n.name)
                if let scope = n.sheetIndex { x += " localSheetId=\"\(scope)\"" }
                if n.hidden { x += " hidden=\"1\"" }
                x += ">" + XMLText.escaped(n.formula) + "</definedName>"
            }
            x += "</definedNames>"
        }
        x += recalculateOnLoad ? "<calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/>" : "<calcPr calcId=\"124519\"/>"
        return x + "</workbook>"
    }
}
