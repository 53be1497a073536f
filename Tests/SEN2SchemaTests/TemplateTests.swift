import Foundation
import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("Template workbook")
struct TemplateTests {
    @Test(arguments: CollectionYear.allCases)
    func theTemplateHasEveryTableWithTheYearsColumns(_ year: CollectionYear) throws {
        let path = try Fixtures.temporaryFolder() + "/t.xlsx"
        try TemplateWorkbook.write(SEN2Return(), year: year, la: LACode("202"), to: path)
        let book = try Workbook(path: path)
        #expect(book.sheets.map(\.name) == ["Guide"] + TemplateWorkbook.tables.map(\.sheetName) + ["Lists"])
        #expect(book.sheets.last?.state == .veryHidden, "long dropdown lists live on a very hidden sheet")
        let requests = try book.openSheet(try #require(book.sheet(named: "Requests")))
        let headings = try #require(try requests.next()).cells.map(\.value.text)
        #expect(headings.prefix(2) == ["Request ID", "Person ID"])
        #expect(headings.contains("Request source") == year.declaration.collects(.requestSource))
        let active = try book.openSheet(try #require(book.sheet(named: "ActivePlans")))
        let activeHeadings = try #require(try active.next()).cells.map(\.value.text)
        #expect(activeHeadings.contains("Phase transfer due date") == (year >= .y2025))
        let (ret, _) = try ReturnReader(year: year).read(path: path)
        #expect(ret.persons.isEmpty)
        #expect(ret.header.lea.value?.text == "202" && ret.header.year == .value(year.rawValue))
    }

    @Test func headingNotesGiveNumberDefinitionAndRequirement() {
        let spec = CollectionYear.y2026.declaration.spec(for: .requestSource)!
        let note = TemplateColumn.item(spec).note(in: .y2026)
        #expect(note.hasPrefix("Item 2.2, <RequestSource>. Who made the request"))
        #expect(note.hasSuffix("Required for every request received in the activity period."))
    }

    @Test(arguments: CollectionYear.allCases)
    func workbookModelXMLModelWorkbookKeepsEveryValue(_ year: CollectionYear) throws {
        let folder = try Fixtures.temporaryFolder()
        let cohort = TestCohort.make(persons: 120, year: year, seed: year.rawValue)
        // workbook → model
        try TemplateWorkbook.write(cohort, year: year, la: nil, to: folder + "/first.xlsx")
        let (first, firstReport) = try ReturnReader(year: year).read(path: folder + "/first.xlsx")
        #expect(firstReport.issues.isEmpty, "\(firstReport.issues.prefix(3))")
        #expect(firstReport.unknownColumns.isEmpty)
        #expect(first.persons.map(\.valuesOnly) == cohort.persons.map(\.valuesOnly))
        #expect(first.persons.map(\.id) == cohort.persons.map(\.id))
        // model → XML → model
        let now = ExcelDateTime(date: CalendarDate(year: 2026, month: 1, day: 2), secondsOfDay: 0, kind: .dateTime)
        _ = try ReturnExporter(year: year, release: "t").export(first, la: nil, to: folder + "/r.xml", now: now)
        // XML → workbook (streaming import) → model
        let book = try TemplateWorkbook(path: folder + "/second.xlsx", year: year)
        try ReturnXMLReader(path: folder + "/r.xml").read(header: { try book.write(header: $0) }, person: { try book.append($0) })
        try book.finish()
        let (second, secondReport) = try ReturnReader(year: year).read(path: folder + "/second.xlsx")
        #expect(secondReport.issues.isEmpty)
        #expect(second.persons.map(\.valuesOnly) == cohort.persons.map(\.valuesOnly))
        #expect(second.header.lea == cohort.header.lea && second.header.dmo == cohort.header.dmo)
    }

    @Test func invalidValuesSurviveTheTemplateAsWritten() throws {
        let folder = try Fixtures.temporaryFolder()
        var cohort = TestCohort.make(persons: 3, year: .y2026)
        cohort.persons[0].birthDate = .invalid(raw: "31/02/2024")
        cohort.persons[1].ethnicity = .invalid(raw: "Martian")
        try TemplateWorkbook.write(cohort, year: .y2026, la: nil, to: folder + "/t.xlsx")
        let (back, report) = try ReturnReader(year: .y2026).read(path: folder + "/t.xlsx")
        #expect(back.persons[0].birthDate == .invalid(raw: "31/02/2024"))
        #expect(back.persons[1].ethnicity == .invalid(raw: "Martian"))
        #expect(report.issues.count == 2)
    }

    @Test func valuesAYearDoesNotCollectAreReportedNotWritten() throws {
        let path = try Fixtures.temporaryFolder() + "/t.xlsx"
        let book = try TemplateWorkbook(path: path, year: .y2024)
        for person in TestCohort.make(persons: 30, year: .y2026).persons { try book.append(person) }
        try book.finish()
        #expect(book.itemsLeftOut.contains(.requestSource))
        #expect(!book.itemsLeftOut.contains(.surname))
    }

    @Test func anExistingFileIsNotReplacedWithoutOverwrite() throws {
        let path = try Fixtures.temporaryFolder() + "/t.xlsx"
        try TemplateWorkbook.write(SEN2Return(), year: .y2026, la: nil, to: path)
        #expect(throws: SEN2Error.self) { try TemplateWorkbook.write(SEN2Return(), year: .y2026, la: nil, to: path) }
        try TemplateWorkbook.write(SEN2Return(), year: .y2026, la: nil, to: path, overwrite: true)
    }
}
