/// Builders for the legacy VML drawing part (`xl/drawings/vmlDrawingN.vml`) that draws the
/// box of each note; without it Excel shows no note at all.
///
/// Shape ids are `_x0000_s{1024 × block + n}`, where the blocks are listed in the part's
/// `o:idmap data`; blocks must differ between the VML parts of one workbook.
public enum VMLDrawingXML {
    /// A whole VML part: the shape layout naming the id blocks, the note shapetype, `shapes`.
    public static func document(idmap: [Int], shapes: [String]) -> String {
        "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
            + "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"\(idmap.map(String.init).joined(separator: ","))\"/></o:shapelayout>"
            + noteShapeType + shapes.joined() + "</xml>"
    }

    /// The text-box shapetype (`_x0000_t202`) note shapes refer to.
    public static let noteShapeType = "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
        + " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>"
        + "<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"

    /// The shape of the note on `cell`: a pale yellow box, shown on hover unless `visible`.
    public static func noteShape(shapeID: Int, at cell: CellReference, box: NoteBox, visible: Bool) -> String {
        let zIndex = shapeID % 1024 == 0 ? 1024 : shapeID % 1024
        return "<v:shape id=\"_x0000_s\(shapeID)\" type=\"#_x0000_t202\" style=\"\(style(box, zIndex: zIndex, visible: visible))\""
            + " fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/>"
            + "<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>"
            + "<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>"
            + "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>"
            + "<x:Anchor>" + anchorText(box) + "</x:Anchor><x:AutoFill>False</x:AutoFill>"
            + "<x:Row>\(cell.row - 1)</x:Row><x:Column>\(cell.column - 1)</x:Column>"
            + (visible ? "<x:Visible/>" : "") + "</x:ClientData></v:shape>"
    }

    /// The CSS `style` of a note shape in `box`.
    static func style(_ box: NoteBox, zIndex: Int, visible: Bool) -> String {
        "position:absolute;margin-left:\(points(box.leftPoints))pt;margin-top:\(points(box.topPoints))pt;"
            + "width:\(points(box.widthPoints))pt;height:\(points(box.heightPoints))pt;z-index:\(zIndex);"
            + "visibility:\(visible ? "visible" : "hidden")"
    }

    /// The `<x:Anchor>` text of `box`.
    static func anchorText(_ box: NoteBox) -> String {
        box.anchor.map(String.init).joined(separator: ", ")
    }

    /// Points with at most two decimals and no trailing zeros (`96`, `55.5`).
    static func points(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
