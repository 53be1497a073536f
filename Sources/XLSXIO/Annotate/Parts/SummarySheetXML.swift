/// Writes the worksheet part of a ``SummarySheet``: inline strings (the shared-string table
/// stays untouched), links to cells as internal hyperlinks, the sheet selected.
enum SummarySheetXML {
    /// The part's XML. `style` gives the cell-format index for each look.
    static func document(_ summary: SummarySheet, mainNamespace: String, style: (SummarySheet.Style) -> Int) -> String {
        var rows = ""
        var links = ""
        var widest = 1
        for (r, cells) in summary.rows.enumerated() {
            guard !cells.isEmpty else { continue }
            widest = max(widest, cells.count)
            rows += "<row r=\"\(r + 1)\">"
            for (c, cell) in cells.enumerated() {
                let ref = CellReference(row: r + 1, column: c + 1)
                switch cell {
                case .empty:
                    continue
                case let .text(text, look):
                    rows += inline(ref, text, style(look))
                case let .number(value):
                    guard value.isFinite else { continue }
                    rows += "<c r=\"\(ref)\"><v>\(number(value))</v></c>"
                case let .link(text, sheet, target):
                    rows += inline(ref, text, style(.link))
                    let location = "'" + sheet.replacingAll("'", with: "''") + "'!" + target.description
                    links += "<hyperlink ref=\"\(ref)\" location=\"\(XMLText.attribute(location))\" display=\"\(XMLText.attribute(text))\"/>"
                }
            }
            rows += "</row>"
        }
        let last = CellReference(row: max(summary.rows.count, 1), column: widest)
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"\(XMLText.attribute(mainNamespace))\"><dimension ref=\"A1:\(last)\"/>"
            + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
        if summary.frozenRows > 0 {
            let top = CellReference(row: summary.frozenRows + 1, column: 1)
            x += "<pane ySplit=\"\(summary.frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/>"
        }
        x += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !summary.columnWidths.isEmpty {
            x += "<cols>" + summary.columnWidths.enumerated().map { k, w in
                "<col min=\"\(k + 1)\" max=\"\(k + 1)\" width=\"\(number(min(max(w, 0), 255)))\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        x += "<sheetData>" + rows + "</sheetData>"
        if !links.isEmpty { x += "<hyperlinks>" + links + "</hyperlinks>" }
        return x + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>"
    }

    private static func inline(_ ref: CellReference, _ text: String, _ style: Int) -> String {
        "<c r=\"\(ref)\"" + (style == 0 ? "" : " s=\"\(style)\"") + " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            + XMLText.cellText(String(text.prefix(32_767))) + "</t></is></c>"
    }

    /// A number as a cell value: integers without a decimal point.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// `wanted` made a valid tab name not in `taken` (compared ignoring case): without
    /// `[]:*?/\`, no leading or trailing apostrophe, at most 31 UTF-16 units (``SheetName/maxLength``).
    static func uniqueName(_ wanted: String, taken: [String]) -> String {
        var base = String(wanted.map { "[]:*?/\\".contains($0) ? "_" : $0 })
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        if base.isEmpty { base = "Summary" }
        let used = Set(taken.map { $0.lowercased() })
        var candidate = SheetName.prefix(base, utf16Units: SheetName.maxLength)
        var n = 2
        while used.contains(candidate.lowercased()) {
            let suffix = " (\(n))"
            candidate = SheetName.prefix(base, utf16Units: SheetName.maxLength - suffix.utf16.count) + suffix
            n += 1
        }
        return candidate
    }
}

extension String {
    /// The string with every `target` replaced by `replacement` (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
