import Foundation
import Testing
@testable import XLSXIO

@Suite("Editor: notes")
struct EditorNotesTests {
    static let vmlType = "application/vnd.openxmlformats-officedocument.vmlDrawing"

    /// A VML part as legacy Excel writes it for a form button: shapetype 201, `<br>` inside
    /// the text box (not well-formed XML), no closing tags for `br`.
    static let buttonVML = """
        <xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
         <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="3"/></o:shapelayout>
         <v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe"/>
         <v:shape id="_x0000_s3073" type="#_x0000_t201" style='position:absolute;margin-left:20pt;margin-top:5pt;width:60pt;height:20pt'>
          <v:textbox><div style='text-align:center'><font face="Calibri">Run<br>checks</font></div></v:textbox>
          <x:ClientData ObjectType="Button"><x:Anchor>1, 0, 1, 0, 2, 0, 2, 0</x:Anchor><x:FmlaMacro>[0]!Check</x:FmlaMacro></x:ClientData>
         </v:shape></xml>
        """

    static func buttonWorkbook(_ folder: ScratchFolder) throws -> String {
        let sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(TestWorkbook.mainNamespace)\" xmlns:r=\"\(TestWorkbook.relationshipNamespace)\">"
            + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData><legacyDrawing r:id=\"rId1\"/></worksheet>"
        let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"\(TestWorkbook.packageRelationshipNamespace)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(TestWorkbook.relationshipNamespace)/vmlDrawing\" Target=\"../drawings/vmlDrawing1.vml\"/></Relationships>"
        return try EditorSupport.workbook(in: folder, rows: "", sheetXML: sheet, extra: [
            "xl/worksheets/_rels/sheet1.xml.rels": rels,
            "xl/drawings/vmlDrawing1.vml": buttonVML,
            "[Content_Types].xml": EditorSupport.contentTypes(defaults: ["vml": vmlType]),
        ])
    }

    @Test func addsNotesBesideButtonsInAnExistingDrawing() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = try Self.buttonWorkbook(folder)
        let output = folder.path + "/out.xlsx"
        let report = try WorkbookAnnotator.annotate(input: input, output: output, annotations: [
            CellAnnotation(sheet: "Sheet1", cell: CellReference("A1")!, severity: .error, message: "Wrong"),
            CellAnnotation(sheet: "Sheet1", cell: CellReference("C3")!, severity: .info, message: "Look"),
        ])
        #expect(report.notesAdded == 2)
        let vml = try EditorSupport.text(output, "xl/drawings/vmlDrawing1.vml")
        // Everything that was there is still there, byte for byte, before the new shapes.
        #expect(vml.hasPrefix(String(Self.buttonVML.dropLast("</xml>".count))))
        #expect(vml.contains("Run<br>checks"))
        #expect(vml.contains("id=\"_x0000_s3074\"") && vml.contains("id=\"_x0000_s3075\""))
        #expect(vml.contains("<x:Row>2</x:Row><x:Column>2</x:Column>"))
        #expect(vml.components(separatedBy: "_x0000_t202\" coordsize").count == 2)
        // The sheet keeps its one legacyDrawing; comments are linked through the rels.
        let sheet = try EditorSupport.text(output, "xl/worksheets/sheet1.xml")
        #expect(sheet.components(separatedBy: "<legacyDrawing").count == 2)
        let rels = try EditorSupport.text(output, "xl/worksheets/_rels/sheet1.xml.rels")
        #expect(rels.contains("Id=\"rId2\" Type=\"\(TestWorkbook.relationshipNamespace)/comments\" Target=\"../comments1.xml\""))
        let types = try EditorSupport.text(output, "[Content_Types].xml")
        #expect(types.components(separatedBy: "Extension=\"vml\"").count == 2)
        #expect(types.contains("<Override PartName=\"/xl/comments1.xml\""))
    }

    @Test func appendsToAnExistingNoteInsteadOfAddingASecond() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = FixturePaths.path("corpus/jmcnamara-comment01.xlsx")
        let output = folder.path + "/out.xlsx"
        let report = try WorkbookAnnotator.annotate(input: input, output: output, annotations: [
            CellAnnotation(sheet: "Sheet1", cell: CellReference("B2")!, severity: .query, message: "First finding"),
            CellAnnotation(sheet: "Sheet1", cell: CellReference("B2")!, severity: .error, message: "Second finding, which is rather longer than the first"),
        ])
        #expect(report.notesExtended == 1 && report.notesAdded == 0)
        let comments = try EditorSupport.text(output, "xl/comments1.xml")
        #expect(comments.components(separatedBy: "<comment ref=\"B2\"").count == 2)
        #expect(comments.contains("<t>Some text</t></r><r>"))
        #expect(comments.contains("\nQuery: First finding\nError: Second finding, which is rather longer than the first</t>"))
        // The existing box grows to fit the longer text; it keeps its place.
        let vml = try EditorSupport.text(output, "xl/drawings/vmlDrawing1.vml")
        let original = try EditorSupport.text(input, "xl/drawings/vmlDrawing1.vml")
        #expect(original.contains("width:96pt") && !vml.contains("width:96pt"))
        #expect(vml.contains("margin-left:107.25pt;margin-top:7.5pt"))
        #expect(vml.components(separatedBy: "<v:shape ").count == original.components(separatedBy: "<v:shape ").count)
    }

    @Test func givesEachNewDrawingItsOwnShapeIDBlock() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        var book = TestWorkbook(sheets: [(name: "One", rows: ""), (name: "Two", rows: "")])
        let sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(TestWorkbook.mainNamespace)\" xmlns:r=\"\(TestWorkbook.relationshipNamespace)\"><sheetData/><legacyDrawing r:id=\"rId1\"/></worksheet>"
        book.replace("xl/worksheets/sheet1.xml", text: sheet)
        book.replace("xl/worksheets/_rels/sheet1.xml.rels", text: "<Relationships xmlns=\"\(TestWorkbook.packageRelationshipNamespace)\"><Relationship Id=\"rId1\" Type=\"\(TestWorkbook.relationshipNamespace)/vmlDrawing\" Target=\"../drawings/vmlDrawing1.vml\"/></Relationships>")
        book.replace("xl/drawings/vmlDrawing1.vml", text: Self.buttonVML.replacingOccurrences(of: "data=\"3\"", with: "data=\"1\"").replacingOccurrences(of: "3073", with: "1025"))
        book.replace("[Content_Types].xml", text: EditorSupport.contentTypes(defaults: ["vml": Self.vmlType]))
        let input = try folder.write("two.xlsx", book.zipped)
        let output = folder.path + "/out.xlsx"
        _ = try WorkbookAnnotator.annotate(input: input, output: output, annotations: [
            CellAnnotation(sheet: "Two", cell: CellReference("B2")!, severity: .info, message: "Note"),
        ])
        let vml = try EditorSupport.text(output, "xl/drawings/vmlDrawing2.vml")
        #expect(vml.contains("<o:idmap v:ext=\"edit\" data=\"2\"/>"))
        #expect(vml.contains("id=\"_x0000_s2049\""))
        let types = try EditorSupport.text(output, "[Content_Types].xml")
        #expect(types.components(separatedBy: "Extension=\"vml\"").count == 2)
    }

    @Test func sizesABoxToItsText() {
        let small = NoteBox.fitting(text: "Short", at: CellReference("C5")!)
        #expect(small.widthPoints == 96 && small.heightPoints == 55.5)
        #expect(small.anchor[0] == 3 && small.anchor[1] == 15 && small.anchor[2] == 3 && small.anchor[3] == 10)
        let long = NoteBox.fitting(text: String(repeating: "word ", count: 80) + "\nand another line", at: CellReference("C5")!)
        #expect(long.widthPoints > small.widthPoints && long.heightPoints > small.heightPoints)
        // The CSS box and the anchor describe the same rectangle on a default grid.
        let right = Double(long.anchor[4] * 64 + long.anchor[5]) * 0.75
        #expect(abs(right - (long.leftPoints + long.widthPoints)) < 0.01)
        let bottom = Double(long.anchor[6] * 20 + long.anchor[7]) * 0.75
        #expect(abs(bottom - (long.topPoints + long.heightPoints)) < 0.01)
    }
}
