import Foundation
import Testing
@testable import XLSXIO

@Suite("Editor: highlight formats")
struct EditorStylesTests {
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="\(TestWorkbook.mainNamespace)"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
        <fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="center"/><protection locked="0"/></xf></cellXfs>\
        <dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>
        """

    static func book(_ folder: ScratchFolder, styles: String? = styles) throws -> String {
        var extra = ["[Content_Types].xml": EditorSupport.contentTypes(overrides: ["/xl/worksheets/sheet1.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"])]
        if let styles {
            extra["xl/styles.xml"] = styles
            extra["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"\(TestWorkbook.packageRelationshipNamespace)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(TestWorkbook.relationshipNamespace)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"\(TestWorkbook.relationshipNamespace)/styles\" Target=\"styles.xml\"/></Relationships>"
        }
        return try EditorSupport.workbook(in: folder, rows: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45000</v></c><c r=\"B1\" s=\"1\"><v>45001</v></c><c r=\"C1\"><v>3</v></c></row>", extra: extra)
    }

    @Test func clonesEachFormatOnceKeepingEverythingButTheFill() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = try Self.book(folder)
        let output = folder.path + "/out.xlsx"
        _ = try WorkbookAnnotator.annotate(input: input, output: output, annotations: ["A1", "B1", "C1"].map {
            CellAnnotation(sheet: "Sheet1", cell: CellReference($0)!, severity: .error, message: "x")
        } + [CellAnnotation(sheet: "Sheet1", cell: CellReference("D1")!, severity: .query, message: "y")])
        let styles = try EditorSupport.text(output, "xl/styles.xml")
        #expect(styles.contains("<fills count=\"4\">"))
        #expect(styles.contains("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF9C6C3\"/><bgColor indexed=\"64\"/></patternFill></fill>"))
        #expect(styles.contains("<cellXfs count=\"5\">"))
        // xf 1 cloned once (A1 and B1 share it): number format, font, alignment and protection kept.
        #expect(styles.contains("<xf numFmtId=\"164\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\"><alignment horizontal=\"center\"/><protection locked=\"0\"/></xf>"))
        #expect(styles.contains("<dxfs count=\"1\"><dxf><font><b/></font></dxf></dxfs></styleSheet>"))
        let sheet = try EditorSupport.text(output, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<c r=\"A1\" s=\"2\"><v>45000</v></c><c r=\"B1\" s=\"2\"><v>45001</v></c><c r=\"C1\" s=\"3\"><v>3</v></c><c r=\"D1\" s=\"4\"/>"))
        // Dates stay dates: the reader sees the same values.
        #expect(try EditorSupport.values(output) == EditorSupport.values(input))
        guard case .dateTime = try #require(EditorSupport.values(output)["Sheet1"]?[CellReference("A1")!]) else {
            Issue.record("A1 is no longer a date"); return
        }
    }

    @Test func createsAStylesPartWhenTheWorkbookHasNone() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = try Self.book(folder, styles: nil)
        let output = folder.path + "/out.xlsx"
        _ = try WorkbookAnnotator.annotate(input: input, output: output, annotations: [
            CellAnnotation(sheet: "Sheet1", cell: CellReference("A1")!, severity: .query, message: "x"),
        ])
        let styles = try EditorSupport.text(output, "xl/styles.xml")
        for container in ["<fonts count=\"1\">", "<fills count=\"3\">", "<borders count=\"1\">", "<cellStyleXfs count=\"1\">", "<cellXfs count=\"2\">"] {
            #expect(styles.contains(container))
        }
        #expect(try EditorSupport.text(output, "xl/_rels/workbook.xml.rels").contains("Target=\"styles.xml\""))
        #expect(try EditorSupport.text(output, "[Content_Types].xml").contains("<Override PartName=\"/xl/styles.xml\""))
        let cleared = folder.path + "/clear.xlsx"
        _ = try WorkbookAnnotator.clear(input: output, output: cleared)
        #expect(try EditorSupport.parts(cleared) == EditorSupport.parts(input))
    }

    @Test func infoAddsANoteButNoFill() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = try Self.book(folder)
        let output = folder.path + "/out.xlsx"
        _ = try WorkbookAnnotator.annotate(input: input, output: output, annotations: [
            CellAnnotation(sheet: "Sheet1", cell: CellReference("A1")!, severity: .info, message: "FYI"),
        ])
        #expect(try EditorSupport.text(output, "xl/styles.xml") == Self.styles)
        #expect(try EditorSupport.text(output, "xl/worksheets/sheet1.xml") == EditorSupport.text(input, "xl/worksheets/sheet1.xml")
            .replacingOccurrences(of: "</worksheet>", with: "<legacyDrawing r:id=\"rId1\"/></worksheet>")
            .replacingOccurrences(of: "<worksheet xmlns=\"\(TestWorkbook.mainNamespace)\"", with: "<worksheet xmlns=\"\(TestWorkbook.mainNamespace)\" xmlns:r=\"\(TestWorkbook.relationshipNamespace)\""))
    }
}
