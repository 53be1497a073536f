import Foundation
import Testing
@testable import XLSXIO

/// A checked copy opened and saved in LibreOffice, which moves sen2xl's record to the
/// package's relationships and rewrites the parts it describes: checking it again must not
/// double the notes or add a second summary sheet, and clearing must find the record.
@Suite("Editor: after a LibreOffice round trip")
struct EditorLibreOfficeRoundTripTests {
    static let fixture = FixturePaths.path("annotated/libreoffice-annotated.xlsx")
    static let notes = [
        CellAnnotation(sheet: "Sheet1", cell: CellReference("B2")!, severity: .error, message: "Too long"),
        CellAnnotation(sheet: "Sheet1", cell: CellReference("C5")!, severity: .query, message: "Check this"),
        CellAnnotation(sheet: "Sheet1", cell: CellReference("C5")!, severity: .info, message: "Second line"),
    ]

    static func text(_ parts: [String: [UInt8]], _ name: String) -> String {
        String(decoding: parts[name] ?? [], as: UTF8.self)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func annotatingAgainReplacesTheNotesAndTheSummarySheet() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let output = folder.path + "/again.xlsx"
        let summary = SummarySheet(name: "sen2xl summary", rows: [[.text("Checks", .header)]])
        let report = try WorkbookAnnotator.annotate(input: Self.fixture, output: output, annotations: Self.notes, summary: summary)
        #expect(report.removedEarlierAnnotations)
        #expect(report.summarySheetName == "sen2xl summary")
        #expect(try Workbook(path: output).sheets.map(\.name) == ["Sheet1", "sen2xl summary"])
        let parts = try EditorSupport.parts(output)
        let comments = Self.text(parts, "xl/comments1.xml")
        #expect(Self.count("<comment ", in: comments) == 2)
        #expect(Self.count("Too long", in: comments) == 1)
        #expect(Self.count("Check this", in: comments) == 1)
        #expect(Self.count("Some text", in: comments) == 1)
        #expect(!comments.contains("Some text&#10;<"), "the user's note keeps a trailing line break")
        #expect(Self.count("<v:shape ", in: Self.text(parts, "xl/drawings/vmlDrawing1.vml")) == 2)
        #expect(parts.keys.filter { $0.lowercased().hasPrefix("customxml/item") && !$0.contains("Props") }.count == 1)
        #expect(!Self.text(parts, "_rels/.rels").contains("customXml"))
    }

    @Test func clearingFindsTheMovedRecordAndRemovesNotesAndSummary() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let output = folder.path + "/clear.xlsx"
        let report = try WorkbookAnnotator.clear(input: Self.fixture, output: output)
        #expect(report.removedEarlierAnnotations)
        #expect(try Workbook(path: output).sheets.map(\.name) == ["Sheet1"])
        let parts = try EditorSupport.parts(output)
        #expect(!parts.keys.contains { $0.lowercased().hasPrefix("customxml/") || $0.contains("sheet2") })
        let comments = Self.text(parts, "xl/comments1.xml")
        #expect(Self.count("<comment ", in: comments) == 1)
        #expect(comments.contains("Some text</t>"))
        #expect(!comments.contains("Too long") && !comments.contains("Check this"))
        #expect(Self.count("<v:shape ", in: Self.text(parts, "xl/drawings/vmlDrawing1.vml")) == 1)
        let types = Self.text(parts, "[Content_Types].xml"), rels = Self.text(parts, "_rels/.rels") + Self.text(parts, "xl/_rels/workbook.xml.rels")
        #expect(!types.contains("customXml") && !types.contains("sheet2") && !rels.contains("customXml") && !rels.contains("sheet2"))
    }

    @Test func theRecordListsInfoNoteCellsWhichHaveNoHighlight() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let output = folder.path + "/info.xlsx"
        let info = [CellAnnotation(sheet: "Sheet1", cell: CellReference("D7")!, severity: .info, message: "Just so you know")]
        _ = try WorkbookAnnotator.annotate(input: FixturePaths.path("corpus/jmcnamara-comment01.xlsx"), output: output, annotations: info, summary: nil)
        let parts = try EditorSupport.parts(output)
        let record = try #require(parts.first { $0.key.lowercased().hasPrefix("customxml/item") && !$0.key.contains("Props") })
        let marker = try #require(try AnnotationMarker.read(record.value, part: record.key, file: output))
        #expect(marker.sheets.flatMap(\.notes) == [CellReference("D7")!])
        #expect(marker.sheets.flatMap(\.cells).isEmpty)
    }

    @Test func noteLinesSen2xlWritesAreRecognised() {
        #expect(AnnotationRun.isNoteText("[SX308] The plan was issued late"))
        #expect(AnnotationRun.isNoteText("\nError: Too long\nInfo"))
        #expect(!AnnotationRun.isNoteText("Some text"))
        #expect(!AnnotationRun.isNoteText("[see above] and more\nSome text"))
        #expect(!AnnotationRun.isNoteText(""))
    }
}
