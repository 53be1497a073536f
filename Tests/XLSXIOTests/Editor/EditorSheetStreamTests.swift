import Foundation
import Testing
@testable import XLSXIO

@Suite("Editor: streaming sheet edits")
struct EditorSheetStreamTests {
    static let ns = "xmlns=\"\(TestWorkbook.mainNamespace)\" xmlns:r=\"\(TestWorkbook.relationshipNamespace)\""

    static let sheet = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet \(ns) xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><dimension ref="A1:C3"/>\
        <sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><cols><col min="5" max="6" width="20" style="7" customWidth="1"/></cols>\
        <sheetData><row r="1" spans="1:3"><c r="A1" s="3" t="s"><v>0</v></c><c r="C1"><v>2.5</v></c></row>\
        <!-- a comment with <row> inside --><row r="3" spans="1:3" s="9" customFormat="1"><c r="A3"><f>A1*2</f><v>5</v></c></row></sheetData>\
        <mc:AlternateContent><mc:Choice Requires="x14"><x14:thing xmlns:x14="urn:x14"/></mc:Choice></mc:AlternateContent>\
        <tableParts count="1"><tablePart r:id="rId9"/></tableParts><extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"/></extLst></worksheet>
        """

    @Test func highlightsExistingAndCreatesMissingCellsInOrder() throws {
        let plan = EditorSupport.plan([("A1", .error), ("B1", .query), ("C1", .query), ("E2", .error), ("D3", .error)])
        let (xml, outcome) = try EditorSupport.editSheet(Self.sheet, plan: plan)
        // A1 had s="3": its clone; C1 had none: inserted before '>'; B1 created between them.
        #expect(xml.contains("<row r=\"1\" spans=\"1:3\"><c r=\"A1\" s=\"131\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"102\"/><c r=\"C1\" s=\"102\"><v>2.5</v></c></row>"))
        // Row 2 did not exist: created between rows 1 and 3, with the column's format (7) as base.
        #expect(xml.contains("inside --><row r=\"2\"><c r=\"E2\" s=\"171\"/></row><row r=\"3\""))
        // D3 takes the row's own format (9, customFormat), and the spans widen to D.
        #expect(xml.contains("<row r=\"3\" spans=\"1:4\" s=\"9\" customFormat=\"1\"><c r=\"A3\"><f>A1*2</f><v>5</v></c><c r=\"D3\" s=\"191\"/></row>"))
        #expect(xml.contains("<dimension ref=\"A1:E3\"/>"))
        #expect(outcome.styledCells == 2 && outcome.createdCells == 3)
        #expect(outcome.record.cells.first { $0.ref.description == "C1" }?.originalStyle == nil)
        #expect(outcome.record.cells.first { $0.ref.description == "A1" }?.originalStyle == "3")
    }

    @Test(arguments: [1, 2, 3, 7, 16, 61, 4096])
    func givesTheSameBytesForEveryChunkSize(_ chunk: Int) throws {
        let plan = EditorSupport.plan([("A1", .error), ("E2", .query), ("Z9", .error)], notesID: "rId5")
        let whole = try EditorSupport.editSheet(Self.sheet, plan: plan).xml
        #expect(try EditorSupport.editSheet(Self.sheet, plan: plan, chunk: chunk).xml == whole)
    }

    @Test func insertsLegacyDrawingAtItsSchemaPositionAndKeepsUnknownContent() throws {
        let (xml, outcome) = try EditorSupport.editSheet(Self.sheet, plan: EditorSupport.plan(notesID: "rId5"))
        #expect(xml.contains("</sheetData><legacyDrawing r:id=\"rId5\"/><mc:AlternateContent><mc:Choice Requires=\"x14\"><x14:thing xmlns:x14=\"urn:x14\"/></mc:Choice></mc:AlternateContent><tableParts"))
        #expect(xml.contains("<extLst><ext uri=\"{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}\"/></extLst></worksheet>"))
        #expect(outcome.legacyDrawingID == "rId5")
        #expect(outcome.record.legacyDrawing == "<legacyDrawing r:id=\"rId5\"/>")
    }

    @Test func reusesAnExistingLegacyDrawing() throws {
        let sheet = Self.sheet.replacingOccurrences(of: "<mc:AlternateContent>", with: "<legacyDrawing r:id=\"rId2\"/><mc:AlternateContent>")
        let (xml, outcome) = try EditorSupport.editSheet(sheet, plan: EditorSupport.plan(notesID: "rId5"))
        #expect(xml == sheet)
        #expect(outcome.legacyDrawingID == "rId2" && !outcome.modified)
    }

    @Test func declaresTheRelationshipsPrefixAndUsesTheSheetsOwnPrefix() throws {
        let sheet = "<x:worksheet xmlns:x=\"\(TestWorkbook.mainNamespace)\"><x:sheetData><x:row r=\"2\"><x:c r=\"A2\"/></x:row></x:sheetData></x:worksheet>"
        let (xml, outcome) = try EditorSupport.editSheet(sheet, plan: EditorSupport.plan([("B1", .error), ("B2", .query)], notesID: "rId1"))
        #expect(xml == "<x:worksheet xmlns:x=\"\(TestWorkbook.mainNamespace)\" xmlns:r=\"\(TestWorkbook.relationshipNamespace)\"><x:sheetData>"
            + "<x:row r=\"1\"><x:c r=\"B1\" s=\"101\"/></x:row><x:row r=\"2\"><x:c r=\"A2\"/><x:c r=\"B2\" s=\"102\"/></x:row></x:sheetData>"
            + "<x:legacyDrawing r:id=\"rId1\"/></x:worksheet>")
        #expect(outcome.record.namespaceDeclaration?.original == "xmlns:r")
    }

    @Test func placesCellsInRowsAndCellsWithoutReferences() throws {
        // Rows and cells without r are positioned as the reader does: row 1 then 2; columns 1, 2.
        let sheet = "<worksheet \(Self.ns)><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row><row r=\"5\"/></sheetData></worksheet>"
        let (xml, _) = try EditorSupport.editSheet(sheet, plan: EditorSupport.plan([("B1", .error), ("C2", .query), ("A4", .error), ("B5", .query)]))
        #expect(xml == "<worksheet \(Self.ns)><sheetData><row><c><v>1</v></c><c s=\"101\"><v>2</v></c></row>"
            + "<row><c><v>3</v></c><c r=\"C2\" s=\"102\"/></row><row r=\"4\"><c r=\"A4\" s=\"101\"/></row>"
            + "<row r=\"5\"><c r=\"B5\" s=\"102\"/></row></sheetData></worksheet>")
    }

    @Test func opensAnEmptySheetData() throws {
        let sheet = "<worksheet \(Self.ns)><dimension ref=\"A1\"/><sheetData/></worksheet>"
        let (xml, outcome) = try EditorSupport.editSheet(sheet, plan: EditorSupport.plan([("C4", .error)]))
        #expect(xml == "<worksheet \(Self.ns)><dimension ref=\"A1:C4\"/><sheetData><row r=\"4\"><c r=\"C4\" s=\"101\"/></row></sheetData></worksheet>")
        #expect(outcome.record.sheetDataExpanded)
    }

    static let revertCases: [(String, [(String, AnnotationSeverity)], String?)] = [
        (sheet, [("A1", .error), ("B1", .query), ("C1", .query), ("E2", .error), ("D3", .error), ("AA100", .query)], "rId5"),
        ("<worksheet \(ns)><dimension ref=\"A1\"/><sheetData/></worksheet>", [("C4", .error)], "rId1"),
        ("<worksheet xmlns=\"\(TestWorkbook.mainNamespace)\"><sheetData><row r=\"2\" spans=\"2:2\" /><row r=\"3\"><c r=\"B3\" s=\"\"/></row></sheetData></worksheet>",
         [("B2", .error), ("A2", .query), ("B3", .error)], "rId1"),
    ]

    @Test(arguments: 0..<3)
    func revertingGivesBackTheExactInput(_ k: Int) throws {
        let (original, targets, notes) = Self.revertCases[k]
        let (annotated, outcome) = try EditorSupport.editSheet(original, plan: EditorSupport.plan(targets, notesID: notes))
        #expect(annotated != original)
        let revert = EditorSupport.plan(revert: outcome.record, removeLegacyDrawing: true)
        let (restored, again) = try EditorSupport.editSheet(annotated, plan: revert, chunk: 5)
        #expect(restored == original)
        #expect(again.record.isEmpty)
        // Undo then redo in one pass gives the first result byte for byte.
        var redo = EditorSupport.plan(targets, notesID: notes, revert: outcome.record, removeLegacyDrawing: true)
        redo.deselectTabs = false
        #expect(try EditorSupport.editSheet(annotated, plan: redo).xml == annotated)
    }

    @Test func revertKeepsWhatTheUserChangedSince() throws {
        let (annotated, outcome) = try EditorSupport.editSheet(Self.sheet, plan: EditorSupport.plan([("A1", .error), ("B1", .query)]))
        // The user gave A1 another format and typed a value into the created B1.
        let edited = annotated.replacingOccurrences(of: "<c r=\"A1\" s=\"131\"", with: "<c r=\"A1\" s=\"8\"")
            .replacingOccurrences(of: "<c r=\"B1\" s=\"102\"/>", with: "<c r=\"B1\" s=\"102\"><v>7</v></c>")
        let (restored, _) = try EditorSupport.editSheet(edited, plan: EditorSupport.plan(revert: outcome.record))
        #expect(restored.contains("<c r=\"A1\" s=\"8\" t=\"s\">"))
        #expect(restored.contains("<c r=\"B1\"><v>7</v></c>"))
    }

    @Test func clearsAndRestoresTheSelectedTab() throws {
        let (xml, outcome) = try EditorSupport.editSheet(Self.sheet, plan: EditorSupport.plan(deselect: true))
        #expect(xml.contains("<sheetView tabSelected=\"0\" workbookViewId=\"0\"/>"))
        let (restored, _) = try EditorSupport.editSheet(xml, plan: EditorSupport.plan(revert: outcome.record))
        #expect(restored == Self.sheet)
    }

    @Test(arguments: ["<worksheet><sheetData><row r=\"1\">", "<worksheet><sheetData></worksheet", "<worksheet/><worksheet/>", "<worksheet><c r=\"A1\" s=\"1\" <v></worksheet>"])
    func refusesMalformedSheets(_ xml: String) {
        #expect(throws: XLSXError.self) { try EditorSupport.editSheet(xml, plan: EditorSupport.plan([("A1", .error)])) }
    }
}
