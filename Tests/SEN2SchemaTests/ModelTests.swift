import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("Model")
struct ModelTests {
    @Test(arguments: [
        (CellValue.string("05/03/2024"), "2024-03-05"), (.string("5/3/2024"), "2024-03-05"), (.string("2024-03-05"), "2024-03-05"),
        (.string("05-03-2024"), "2024-03-05"), (.string("05.03.2024"), "2024-03-05"), (.string("2022-Sep-28 00:00:00"), "2022-09-28"),
        (.string("2024-03-05T00:00:00"), "2024-03-05"), (.string("5 Mar 2024"), nil), (.string("31/02/2024"), nil),
        (.dateTime(ExcelDateTime(date: CalendarDate(year: 2024, month: 3, day: 5))), "2024-03-05"),
    ] as [(CellValue, String?)])
    func dateSpellings(_ input: CellValue, _ expected: String?) {
        #expect(CalendarDate.read(input)?.description == expected)
    }

    @Test func unreadableValuesAreKeptRaw() {
        var person = Person()
        let results = [
            person.read(.personBirthDate, from: .string("31/02/2024")),
            person.read(.ethnicity, from: .string("Martian")),
            person.read(.sex, from: .string("F – Female")),
            person.read(.surname, from: .string("   ")),
            person.read(.senType, from: .string("ASD")),
        ]
        #expect(results == [false, false, true, true, false])
        #expect(person.birthDate == .invalid(raw: "31/02/2024"))
        #expect(person.field(.personBirthDate) == .invalid("31/02/2024"))
        #expect(person.ethnicity == .invalid(raw: "Martian"))
        #expect(person.field(.sex) == .value("F"))
        #expect(person.surname == .absent)
    }

    @Test func locationsPointAtTheItemCellOrTheIDCell() throws {
        let source = SourceTable(file: "book.xlsx", sheet: "Persons", format: .sheet, table: .persons,
                                 columns: [.surname: 3, .upn: 7], idColumn: 1)
        let ret = SEN2Return(sources: [source])
        let origin = RecordOrigin(source: 0, row: 12)
        #expect(try #require(ret.location(of: origin, item: .upn)).cell == "G12")
        #expect(try #require(ret.location(of: origin, item: .ethnicity)).cell == "A12")
        #expect(ret.location(of: origin, item: .upn)?.description == "book.xlsx, sheet 'Persons', cell G12")
        #expect(ret.location(of: .none) == nil)
    }

    @Test func recordOriginsAreCompact() {
        #expect(MemoryLayout<RecordOrigin>.size == 8)
    }
}
