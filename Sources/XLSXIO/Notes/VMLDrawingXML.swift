/// The legacy VML drawing part (`xl/drawings/vmlDrawingN.vml`) that draws note boxes.
///
/// Excel needs it for a note to show at all, and it must be well-formed XML (`<br>` and
/// other HTML habits break it). Shape ids are `_x0000_s{1024 × dataId + n}`: the `o:idmap`
/// data ids of every VML part in a workbook must differ, so a writer gives each sheet its own
/// block of 1024 (and more blocks for a sheet with more notes).
public enum VMLDrawingXML {
    /// The whole part: the shape layout with `idmap`, the note shapetype, then `shapes`.
    public static func document(idmap: [Int], shapes: [String]) -> String {
        let data = idmap.map(String.init).joined(separator: ",")
        return "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
            + "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"\(data)\"/></o:shapelayout>"
            + noteShapeType + shapes.joined() + "</xml>"
    }

    /// The text-box shapetype (`_x0000_t202`) that note shapes refer to.
    public static let noteShapeType = "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
        + " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>"
        + "<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"

    /// One note's shape: a pale-yellow box for the note on `at`, hidden until hovered unless
    /// `visible`.
    public static func noteShape(shapeID: Int, at cell: CellReference, box: NoteBox, visible: Bool) -> String {
        let zIndex = shapeID % 1024 == 0 ? 1024 : shapeID % 1024
        let style = "position:absolute;margin-left:\(points(box.leftPoints))pt;margin-top:\(points(box.topPoints))pt;"
            + "width:\(points(box.widthPoints))pt;height:\(points(box.heightPoints))pt;z-index:\(zIndex);"
            + "visibility:\(visible ? "visible" : "hidden")"
        return "<v:shape id=\"_x0000_s\(shapeID)\" type=\"#_x0000_t202\" style=\"\(style)\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">"
            + "<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>"
            + "<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>"
            + "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>"
            + "<x:Anchor>" + box.anchor.map(String.init).joined(separator: ", ") + "</x:Anchor>"
            + "<x:AutoFill>False</x:AutoFill><x:Row>\(cell.row - 1)</x:Row><x:Column>\(cell.column - 1)</x:Column>"
            + (visible ? "<x:Visible/>" : "") + "</x:ClientData></v:shape>"
    }

    private static func points(_ value: Double) -> String { CellValue.numberText((value * 100).rounded() / 100) }
}
