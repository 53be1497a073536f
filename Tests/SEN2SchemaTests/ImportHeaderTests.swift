import Foundation
import Testing
import XLSXIO
@testable import SEN2Schema

/// What an imported header loses in the workbook is said, not dropped quietly.
@Suite("Import header")
struct ImportHeaderTests {
    private func write(_ header: Header, year: CollectionYear) throws -> TemplateWorkbook {
        let book = try TemplateWorkbook(path: try Fixtures.temporaryFolder() + "/t.xlsx", year: year)
        try book.write(header: header)
        try book.finish()
        return book
    }

    @Test func aReferenceDateOtherThanTheCensusDayIsNamed() throws {
        var header = Header()
        header.referenceDate = .value(CalendarDate(year: 2026, month: 1, day: 20))
        #expect(try write(header, year: .y2026).referenceDateNotKept == CalendarDate(year: 2026, month: 1, day: 20))
        header.referenceDate = .value(CollectionYear.y2026.census)
        #expect(try write(header, year: .y2026).referenceDateNotKept == nil)
    }

    @Test func aHeaderItemTheYearDoesNotCollectIsListedAsLeftOut() throws {
        var header = Header()
        header.lea = .value(LACode("202")!)
        header.dsco = .value(.no)
        let book = try write(header, year: .y2024)
        #expect(book.itemsLeftOut == [.dsco])
    }
}
