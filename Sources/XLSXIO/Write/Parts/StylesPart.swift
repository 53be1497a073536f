/// Writes `xl/styles.xml` from the workbook's ``StyleRegistry``.
///
/// Element order follows CT_Stylesheet: numFmts, fonts, fills, borders, cellStyleXfs,
/// cellXfs, cellStyles, dxfs, tableStyles.
struct StylesPart {
    let registry: StyleRegistry

    /// The part's XML.
    func xml() -> String {
        var x = PartXML.declaration + "<styleSheet xmlns=\"\(PartXML.mainNamespace)\">"
        if !registry.customFormats.isEmpty {
            x += "<numFmts count=\"\(registry.customFormats.count)\">"
            for f in registry.customFormats {
                x += "<numFmt numFmtId=\"\(f.id)\"" + PartXML.attribute("formatCode", f.code) + "/>"
            }
            x += "</numFmts>"
        }
        x += "<fonts count=\"\(registry.fonts.count)\">" + registry.fonts.map(fontXML).joined() + "</fonts>"
        x += "<fills count=\"\(registry.fills.count + 2)\">"
        x += "<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        for fill in registry.fills {
            x += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(fill.color.argbHex)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        x += "</fills>"
        x += "<borders count=\"\(registry.borders.count)\">" + registry.borders.map(borderXML).joined() + "</borders>"
        x += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        x += "<cellXfs count=\"\(registry.styles.count)\">" + registry.styles.map(xfXML).joined() + "</cellXfs>"
        x += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        x += "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" defaultPivotStyle=\"PivotStyleLight16\"/>"
        return x + "</styleSheet>"
    }

    func fontXML(_ font: Font) -> String {
        var x = "<font>"
        if font.bold { x += "<b/>" }
        if font.italic { x += "<i/>" }
        if font.strikethrough { x += "<strike/>" }
        if font.underline { x += "<u/>" }
        x += "<sz val=\"\(PartXML.number(font.size))\"/>"
        if let color = font.color { x += "<color rgb=\"\(color.argbHex)\"/>" }
        x += "<name" + PartXML.attribute("val", font.name) + "/>"
        if font.name == Font.standard.name { x += "<family val=\"2\"/>" }
        return x + "</font>"
    }

    func borderXML(_ border: Border) -> String {
        func edge(_ name: String, _ e: Border.Edge?) -> String {
            guard let e else { return "<\(name)/>" }
            let color = e.color.map { "<color rgb=\"\($0.argbHex)\"/>" } ?? "<color auto=\"1\"/>"
            return "<\(name) style=\"\(e.style.rawValue)\">\(color)</\(name)>"
        }
        return "<border>" + edge("left", border.left) + edge("right", border.right) + edge("top", border.top)
            + edge("bottom", border.bottom) + "<diagonal/></border>"
    }

    func xfXML(_ style: CellStyle) -> String {
        let numFmt = registry.numberFormatID(style.numberFormat)
        let font = registry.fontID(style.font)
        let fill = registry.fillID(style.fill)
        let border = registry.borderID(style.border)
        var x = "<xf numFmtId=\"\(numFmt)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(border)\" xfId=\"0\""
        if numFmt != 0 { x += " applyNumberFormat=\"1\"" }
        if font != 0 { x += " applyFont=\"1\"" }
        if fill != 0 { x += " applyFill=\"1\"" }
        if border != 0 { x += " applyBorder=\"1\"" }
        let a = style.alignment
        if !a.isStandard { x += " applyAlignment=\"1\"" }
        let p = style.protection
        if p != .standard { x += " applyProtection=\"1\"" }
        guard !a.isStandard || p != .standard else { return x + "/>" }
        x += ">"
        if !a.isStandard {
            x += "<alignment"
            if a.horizontal != .general { x += " horizontal=\"\(a.horizontal.rawValue)\"" }
            if a.vertical != .bottom { x += " vertical=\"\(a.vertical.rawValue)\"" }
            if a.wrapText { x += " wrapText=\"1\"" }
            if a.indent > 0 { x += " indent=\"\(min(a.indent, 250))\"" }
            x += "/>"
        }
        if p != .standard {
            x += "<protection"
            if !p.locked { x += " locked=\"0\"" }
            if p.hidden { x += " hidden=\"1\"" }
            x += "/>"
        }
        return x + "</xf>"
    }
}
