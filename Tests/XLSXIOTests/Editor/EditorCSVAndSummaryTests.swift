import Foundation
import Testing
@testable import XLSXIO

@Suite("Editor: notes CSV and summary sheet")
struct EditorCSVAndSummaryTests {
    @Test func readsAnnotationsWithTheirLines() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let path = try folder.write("n.csv", Array("Sheet, Cell ,SEVERITY,message\r\nData,B7,error,\"UPN wrong, see guide\"\r\n\r\nData,$c$9, Query ,\"two\nlines\"\r\n".utf8))
        let rows = try AnnotationCSV.read(path: path)
        #expect(rows.map(\.line) == [2, 4])
        #expect(rows[0].annotation == CellAnnotation(sheet: "Data", cell: CellReference("B7")!, severity: .error, message: "UPN wrong, see guide"))
        #expect(rows[1].annotation.cell == CellReference("C9")! && rows[1].annotation.severity == .query && rows[1].annotation.message == "two\nlines")
    }

    @Test(arguments: [
        ("sheet,cell,message\nData,B7,x\n", "line 1: the header"),
        ("sheet,cell,severity,message\nData,B7,error\n", "line 2: expected 4 fields"),
        ("sheet,cell,severity,message\nData,B7,error,ok\nData,7B,error,x\n", "line 3: '7B' is not a cell reference"),
        ("sheet,cell,severity,message\nData,B7,fatal,x\n", "line 2: the severity 'fatal'"),
        ("", "line 1: the file is empty"),
    ])
    func namesTheLineOfABadRecord(_ text: String, _ expected: String) throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let path = try folder.write("n.csv", Array(text.utf8))
        do {
            _ = try AnnotationCSV.read(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix(expected), "\(error.message)")
            #expect(error.file == path)
        }
    }

    @Test func addsTheSummaryLastAndActiveWithLinks() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = FixturePaths.path("corpus/jmcnamara-defined_name01.xlsx")
        let output = folder.path + "/out.xlsx"
        let book = try Workbook(path: input)
        let target = book.sheets[1]
        let summary = SummarySheet(name: target.name, columnWidths: [12], rows: [
            [.text("Findings", .header), .number(2)],
            [.link("B7", sheet: target.name, cell: CellReference("B7")!), .text("It's wrong", .wrapped)],
        ], frozenRows: 1)
        let report = try WorkbookAnnotator.annotate(input: input, output: output, annotations: [
            CellAnnotation(sheet: target.name, cell: CellReference("B7")!, severity: .error, message: "It's wrong"),
        ], summary: summary)
        let name = try #require(report.summarySheetName)
        #expect(name == target.name + " (2)")
        let result = try Workbook(path: output)
        #expect(result.sheets.map(\.name) == book.sheets.map(\.name) + [name])
        let workbook = try EditorSupport.text(output, "xl/workbook.xml")
        #expect(workbook.contains("activeTab=\"\(book.sheets.count)\""))
        // Defined names keep pointing at the same sheets (localSheetId is a position).
        let names = try EditorSupport.text(input, "xl/workbook.xml").components(separatedBy: "<definedNames>")[1].components(separatedBy: "</definedNames>")[0]
        #expect(workbook.contains(names))
        let part = try #require(result.sheet(named: name)?.part)
        let sheet = try EditorSupport.text(output, part)
        #expect(sheet.contains("<sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\""))
        #expect(sheet.contains("<hyperlink ref=\"A2\" location=\"'\(target.name.replacingOccurrences(of: "'", with: "''"))'!B7\" display=\"B7\"/>"))
        #expect(try EditorSupport.values(output)[name]?[CellReference("B1")!] == .number(2))
        // No other sheet is still selected (that would group the sheets in Excel).
        for s in book.sheets where s.kind == .worksheet {
            #expect(!(try EditorSupport.text(output, s.part)).contains("tabSelected=\"1\""))
        }
    }

    @Test func refusesOutputsItMustNotWrite() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = try EditorSupport.workbook(in: folder, rows: "")
        let note = [CellAnnotation(sheet: "Sheet1", cell: CellReference("A1")!, severity: .info, message: "x")]
        #expect(throws: XLSXError.self) { try WorkbookAnnotator.annotate(input: input, output: input, annotations: note, overwrite: true) }
        #expect(throws: XLSXError.self) { try WorkbookAnnotator.annotate(input: input, output: folder.path + "/o.xlsm", annotations: note) }
        let macro = FixturePaths.path("corpus/tafia-vba.xlsm")
        #expect(throws: XLSXError.self) { try WorkbookAnnotator.annotate(input: macro, output: folder.path + "/o.xlsx", annotations: []) }
        let unknown = [CellAnnotation(sheet: "Nope", cell: CellReference("A1")!, severity: .info, message: "x")]
        #expect(throws: XLSXError.self) { try WorkbookAnnotator.annotate(input: input, output: folder.path + "/o.xlsx", annotations: unknown) }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/o.xlsx"))
        let encrypted = FixturePaths.path("corpus/tafia-pass_protected.xlsx")
        do {
            _ = try WorkbookAnnotator.annotate(input: encrypted, output: folder.path + "/e.xlsx", annotations: note)
            Issue.record("expected the reader's error")
        } catch {
            var readerError: XLSXError?
            do { _ = try Workbook(path: encrypted) } catch let e { readerError = e }
            #expect(error == readerError)
        }
    }

    @Test func keepsMacrosInAnXLSM() throws {
        let folder = try ScratchFolder(); defer { folder.remove() }
        let input = FixturePaths.path("corpus/tafia-vba.xlsm")
        let output = folder.path + "/out.xlsm"
        let sheet = try Workbook(path: input).sheets[0].name
        _ = try WorkbookAnnotator.annotate(input: input, output: output, annotations: [
            CellAnnotation(sheet: sheet, cell: CellReference("A1")!, severity: .error, message: "x"),
        ])
        let vba = try #require(try ZipArchive(path: input).entryNames.first { $0.hasSuffix("vbaProject.bin") })
        #expect(try ZipArchive(path: output).read(vba) == ZipArchive(path: input).read(vba))
    }
}
