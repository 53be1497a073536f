import Foundation
import XLSXIO
import Testing
@testable import SEN2Schema

/// The checked copy: every finding on its cells, the summary sheet with the audit trail, the
/// input untouched, and a second check replacing the first one's marks.
@Suite("Checked workbook")
struct CheckedWorkbookTests {
    static func check(_ path: String) throws -> ReturnCheck.Result {
        let (ret, report) = try ReturnReader(year: .y2026).read(path: path)
        return try ReturnCheck(year: .y2026).run(ret, report: report, file: path)
    }

    /// Every cell's value, per sheet.
    static func values(_ path: String) throws -> [String: [String: String]] {
        let book = try Workbook(path: path)
        var out: [String: [String: String]] = [:]
        for sheet in book.sheets where sheet.kind == .worksheet {
            let reader = try book.openSheet(sheet)
            var cells: [String: String] = [:]
            while let row = try reader.next() {
                for c in row.cells where c.value != .empty { cells[CellReference(row: row.index, column: c.column).description] = c.value.text }
            }
            out[sheet.name] = cells
        }
        return out
    }

    /// The text of every comments part.
    static func notes(_ path: String) throws -> String {
        let archive = try ZipArchive(path: path)
        return try archive.entryNames.filter { $0.contains("comments") }.sorted()
            .map { String(decoding: try archive.read($0), as: UTF8.self) }.joined()
    }

    @Test func annotationsCoverEveryInvolvedCellOnKnownSheets() {
        let finding = Finding(ruleID: "SX205", severity: .error,
                              locations: [SourceLocation(file: "b.xlsx", sheet: "Requests", row: 4, column: 6),
                                          SourceLocation(file: "b.xlsx", sheet: "Requests", row: 4, column: 3),
                                          SourceLocation(file: "extract.csv", row: 2, column: 1)],
                              path: "p", person: "P3", message: "dates out of order")
        let query = Finding(ruleID: "SX308", severity: .query, locations: [SourceLocation(file: "b.xlsx", sheet: "Assessments", row: 2)],
                            path: "p", person: "P1", message: "late")
        let annotations = CheckedWorkbook.annotations(for: [finding, query], in: ["Requests", "Assessments"])
        #expect(annotations.map { "\($0.sheet)!\($0.cell)" } == ["Requests!F4", "Requests!C4", "Assessments!A2"])
        #expect(annotations.map(\.severity) == [.error, .error, .query])
        #expect(annotations[0].message == "[SX205] dates out of order")
    }

    @Test func checkedCopyMarksTheFindingsAndKeepsTheInput() throws {
        let folder = try Fixtures.temporaryFolder()
        let input = folder + "/planted.xlsx"
        try FileManager.default.copyItem(atPath: Fixtures.path("validate/planted-2026.xlsx"), toPath: input)
        let digest = try SHA256.hash(fileAt: input)
        let result = try Self.check(input)
        let audit = try AuditTrail(input: input, toolVersion: "test", context: result.context, at: Date(timeIntervalSince1970: 0))
        let output = folder + "/planted-checked.xlsx"
        let report = try CheckedWorkbook.write(input: input, output: output, result: result, audit: audit)
        #expect(try SHA256.hash(fileAt: input) == digest)
        #expect(report.summarySheetName == CheckedWorkbook.summaryName)
        #expect(report.annotatedCells >= 16)

        let before = try Self.values(input), after = try Self.values(output)
        for (sheet, cells) in before { #expect(after[sheet] == cells, "\(sheet) values changed") }
        let summary = try #require(after[CheckedWorkbook.summaryName])
        let texts = Set(summary.values)
        #expect(texts.contains(digest.hexDigest) && texts.contains("planted.xlsx") && texts.contains("sen2xl test"))
        #expect(texts.contains("version \(RuleCatalogue.version)") && texts.contains("15/01/2026"))
        #expect(texts.contains("1510") && texts.contains("H3"))
        let notes = try Self.notes(output)
        #expect(notes.contains("[1510] UPN A202401100002 is invalid") && notes.contains("[SX308] The plan was issued 23 weeks"))

        // Checking the checked copy again replaces the marks rather than adding to them.
        let again = folder + "/again.xlsx"
        let second = try Self.check(output)
        #expect(second.findings.map(\.ruleID) == result.findings.map(\.ruleID))
        _ = try CheckedWorkbook.write(input: output, output: again,
                                      result: second, audit: try AuditTrail(input: output, toolVersion: "test", context: second.context))
        #expect(try Self.notes(again) == notes)
        let sheets = try Workbook(path: again).sheets.map(\.name)
        #expect(sheets.filter { $0 == CheckedWorkbook.summaryName }.count == 1 && sheets.count == 10)
    }

    /// XML findings without a cell are listed in the summary with their path.
    @Test func summaryListsFindingsWithoutCells() throws {
        var fixture = ReturnFixture(year: .y2026)
        fixture.makeXML()
        fixture.ret.header.dmo = .absent
        let findings = fixture.findings()
        let result = ReturnCheck.Result(context: ValidationContext(year: .y2026), findings: findings, persons: 1)
        let sheet = CheckedWorkbook.summary(result, audit: try .sample(), sheets: [])
        let last = sheet.rows.last ?? []
        #expect(last.contains(.text("Message/Header/Source/DMO: " + findings[0].message, .wrapped)))
    }
}

extension AuditTrail {
    /// A trail for tests that need no input of their own: it hashes this source file.
    static func sample() throws -> AuditTrail {
        try AuditTrail(input: #filePath, toolVersion: "test", context: ValidationContext(year: .y2026))
    }
}
