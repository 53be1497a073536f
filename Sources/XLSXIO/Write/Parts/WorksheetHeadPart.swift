/// The start of a worksheet part, up to and including `<sheetData>`: sheetPr, dimension,
/// sheetViews, sheetFormatPr and cols, in CT_Worksheet order.
///
/// Written last (into the gap before the streamed rows), because the dimension and the
/// column widths are only known once every row is in.
struct WorksheetHeadPart {
    let settings: SheetSettings
    /// The used range, e.g. `A1:T200001`.
    let dimension: String
    /// Whether this is the sheet shown when the workbook opens.
    let isActive: Bool

    /// The head's XML.
    func xml() -> String {
        var x = PartXML.declaration
        x += "<worksheet xmlns=\"\(PartXML.mainNamespace)\" xmlns:r=\"\(PartXML.relationshipsNamespace)\">"
        if let color = settings.tabColor { x += "<sheetPr><tabColor rgb=\"\(color.argbHex)\"/></sheetPr>" }
        x += "<dimension ref=\"\(dimension)\"/>"
        x += "<sheetViews><sheetView" + (isActive ? " tabSelected=\"1\"" : "") + " workbookViewId=\"0\""
        let panes = paneXML()
        x += panes.isEmpty ? "/>" : ">" + panes + "</sheetView>"
        x += "</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        x += colsXML()
        return x + "<sheetData>"
    }

    /// The frozen pane and its selections, or nothing.
    func paneXML() -> String {
        let rows = settings.frozenRows
        let columns = settings.frozenColumns
        guard rows > 0 || columns > 0 else { return "" }
        let topLeft = CellReference(row: rows + 1, column: columns + 1)
        let active = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight"
        var x = "<pane"
        if columns > 0 { x += " xSplit=\"\(columns)\"" }
        if rows > 0 { x += " ySplit=\"\(rows)\"" }
        x += " topLeftCell=\"\(topLeft)\" activePane=\"\(active)\" state=\"frozen\"/>"
        if rows > 0 && columns > 0 {
            x += "<selection pane=\"topRight\"/><selection pane=\"bottomLeft\"/>"
        }
        return x + "<selection pane=\"\(active)\"/>"
    }

    /// `<cols>`, with runs of adjacent columns that look the same written as one `<col>`.
    func colsXML() -> String {
        guard !settings.columns.isEmpty else { return "" }
        var x = "<cols>"
        let keys = settings.columns.keys.sorted()
        var i = 0
        while i < keys.count {
            let start = keys[i]
            let column = settings.columns[start]!
            var end = start
            while i + 1 < keys.count, keys[i + 1] == end + 1, settings.columns[keys[i + 1]] == column {
                end += 1
                i += 1
            }
            let width = ColumnWidth.stored(forCharacters: column.width ?? 8.43)
            x += "<col min=\"\(start)\" max=\"\(end)\" width=\"\(PartXML.number(width))\""
            if column.width != nil { x += " customWidth=\"1\"" }
            if column.hidden { x += " hidden=\"1\"" }
            x += "/>"
            i += 1
        }
        return x + "</cols>"
    }
}
