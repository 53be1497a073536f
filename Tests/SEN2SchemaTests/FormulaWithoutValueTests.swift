import Foundation
import Testing
import XLSXIO
@testable import SEN2Schema

/// A formula cell a program wrote without its result reads as blank; the reader must say so
/// on the cell rather than leave the item out.
@Suite("Formulas without saved values")
struct FormulaWithoutValueTests {
    @Test func aFormulaWithNoSavedValueIsReportedOnItsCell() throws {
        let path = try Fixtures.temporaryFolder() + "/formulas.xlsx"
        let book = try WorkbookWriter(path: path)
        let header = try book.addSheet(named: "Header")
        try header.writeRow(["LA number", .formula("202", cached: nil)])
        try header.writeRow(["Designated Medical Officer", "1"])
        let persons = try book.addSheet(named: "Persons")
        try persons.writeRow(["Person ID", "Surname", "Forename", "ULN"])
        try persons.writeRow(["P1", "Smith", "Ann", .formula("\"7902930503\"", cached: nil)])
        try persons.writeRow(["P2", .formula("\"Jones\"", cached: .string("Jones")), "Bo", "7902930503"])
        try book.finish()

        let (ret, report) = try ReturnReader(year: .y2026).read(path: path)
        let issues = report.issues.filter { $0.kind == .formulaWithoutValue }
        #expect(Set(issues.map { "\($0.location.sheet ?? "")!\($0.location.cell ?? "")" }) == ["Header!B1", "Persons!D2"])
        #expect(issues.allSatisfy { $0.message == "has a formula but no saved value: open and save the workbook in Excel or LibreOffice so the value is calculated" })
        #expect(ret.persons.first.map { $0.uln == nil } == true, "nothing is guessed for the formula")
        #expect(ret.persons.last?.surname.value == "Jones", "a formula with its saved value reads as the value")
    }
}
