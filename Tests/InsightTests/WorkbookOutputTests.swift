import Foundation
import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("Report workbooks")
struct WorkbookOutputTests {
    @Test func summaryWorkbookHoldsEveryTableAndEveryQueryRecord() throws {
        let report = SummaryReport(SmallReturn.sen2Return, period: SmallReturn.period, previous: SmallReturn.previousReturn)
        let path = WrittenBook.temporaryPath("summary.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try report.writeWorkbook(to: path, overwrite: false)
        let book = try WrittenBook(path)
        #expect(book.book.sheets.map(\.name) == ["Summary", "Caseload", "Age band", "Sex", "Primary need", "Placement",
                                                 "Ethnic group", "Activity", "Plans ceased by reason", "Queries", "Query records", "Definitions"])
        let ages = try book.rows("Age band")
        #expect(ages[0] == ["Figure", "Key", "This year", "Share (%)", "Last year", "Share last year (%)", "Change", "Change (%)", "England (%)", "London (%)"])
        #expect(ages[1].prefix(8) == ["under 5", "under 5", "1", "14.286", "1", "14.286", "0", "0"])
        #expect(ages[1][8] == "4.282")
        let records = try book.rows("Query records")
        #expect(records.count == 1 + report.queries.reduce(0) { $0 + $1.count })
        #expect(records.contains { $0.count > 3 && $0[2] == "P13" && $0[3] == "last year" })
        #expect(throws: XLSXError.self) { try report.writeWorkbook(to: path, overwrite: false) }
    }

    @Test func reconcileWorkbookHighlightsEachDifferenceWithBothValues() throws {
        typealias B = Build
        let old = SEN2Return(persons: [B.person("O1", "Hill", "Noah", born: "2011-01-01", upn: TestCohort.upn(7).text),
                                       B.person("O2", "Gone", "Away", born: "2010-01-01"), B.person("O3", "Smith", "Jon", born: "2012-02-02")])
        let new = SEN2Return(persons: [B.person("N1", "HILL", "Noah", born: "2011-01-02", upn: TestCohort.upn(7).text),
                                       B.person("N2", "Smith", "John", born: "2012-02-02"), B.person("N3", "Smith", "Joan", born: "2012-02-02")])
        let path = WrittenBook.temporaryPath("reconcile.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ReconcileReport(old: old, new: new).writeWorkbook(to: path, overwrite: false)
        let book = try WrittenBook(path)
        #expect(book.book.sheets.map(\.name) == ["Summary", "Matched", "Only in old", "Only in new", "Ambiguous", "Differences"])
        let matched = try book.rows("Matched")
        #expect(matched[1].prefix(7) == ["O1", "N1", "upn", "1", "2", "HILL", "Noah"])
        #expect(try book.rows("Only in old").map { $0.first } == ["ID", "O2"])
        #expect(try book.rows("Ambiguous").map { $0.prefix(2) } == [["Old ID", "Candidate (new ID)"], ["O3", ""], ["", "N2"], ["", "N3"]])
        let differences = try book.rows("Differences")
        #expect(differences.count == 3)
        #expect(differences[1].prefix(6) == ["O1", "N1", "Persons", "Surname", "Hill", "HILL"])
        let notes = try book.notes()
        for text in ["Old: Hill", "New: HILL", "Old: 2011-01-01", "New: 2011-01-02", "Old person: Jon", "Candidate: John"] {
            #expect(notes.contains(text), "\(text)")
        }
    }
}
