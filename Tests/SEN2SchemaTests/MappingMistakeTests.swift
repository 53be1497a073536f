import Foundation
import Testing
@testable import SEN2Schema

/// Mistakes in a mapping file stop the read with the file, the entry and what there is,
/// instead of leaving part of the return out.
@Suite("Mapping mistakes")
struct MappingMistakeTests {
    private let extract = Fixtures.path("extract/extract.xlsx")

    private func mapping(_ text: String, name: String = "m.yaml") throws -> String {
        let path = try Fixtures.temporaryFolder() + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aTableOnASheetThatDoesNotExistIsRefused() throws {
        let path = try mapping("tables:\n  persons:\n    sheet: Children\n  requests:\n    sheet: Referalls\n")
        let reader = try ReturnReader(year: .y2026, mapping: MappingFile.load(path: path), mappingPath: path)
        let error = #expect(throws: SEN2Error.self) { try reader.read(path: extract) }
        #expect(error?.file == path)
        #expect(error?.place == "tables.requests.sheet")
        #expect(error?.message.contains("no sheet \"Referalls\" in extract.xlsx; its sheets are ") == true)
        #expect(error?.message.contains("\"Referrals\"") == true)
    }

    @Test func aSheetNameForACSVFolderIsRefused() throws {
        let path = try mapping("tables:\n  persons:\n    sheet: Children\n")
        let reader = try ReturnReader(year: .y2025, mapping: MappingFile.load(path: path), mappingPath: path)
        let error = #expect(throws: SEN2Error.self) { try reader.read(path: Fixtures.path("blade-2025")) }
        #expect(error?.place == "tables.persons.sheet")
    }

    @Test(arguments: [
        ("tables:\n  persons:\n    sheet: Children\n    colums:\n      Surname: Family name\n", "tables.persons.colums"),
        ("yeer: 2026\ntables:\n  persons:\n    sheet: Children\n", "yeer"),
        ("tables:\n  persons:\n    sheet: Children\n    headerrow: 3\n", "tables.persons.headerrow"),
    ])
    func unknownKeysAreRefused(_ text: String, _ place: String) throws {
        let path = try mapping(text)
        let error = #expect(throws: SEN2Error.self) { try MappingFile.load(path: path) }
        #expect(error?.place == place)
        #expect(error?.message.hasPrefix("unknown key; use one of ") == true)
    }

    @Test func unknownKeysInJSONAreRefusedToo() throws {
        let path = try mapping(#"{"tables": {"persons": {"sheet": "Children", "colums": {}}}}"#, name: "m.json")
        let error = #expect(throws: SEN2Error.self) { try MappingFile.load(path: path) }
        #expect(error?.place == "tables.persons.colums")
    }

    /// `mapping init FOLDER -o elsewhere/m.yaml` writes file names as they are in FOLDER; an
    /// export with that mapping finds them there.
    @Test func aDraftWrittenElsewhereFindsItsCSVFilesInTheInputFolder() throws {
        let folder = Fixtures.path("blade-2025")
        let path = try mapping(try MappingDraft.make(for: folder))
        let mapped = try ReturnReader(year: .y2025, mapping: MappingFile.load(path: path), mappingPath: path).read(path: folder)
        let plain = try ReturnReader(year: .y2025).read(path: folder)
        #expect(mapped.sen2Return.persons == plain.sen2Return.persons)
        #expect(mapped.sen2Return.header == plain.sen2Return.header)
    }

    @Test func aCSVFileFoundNowhereIsRefusedWithTheFilesThereAre() throws {
        let path = try mapping("tables:\n  persons:\n    file: people.csv\n")
        let reader = try ReturnReader(year: .y2025, mapping: MappingFile.load(path: path), mappingPath: path)
        let error = #expect(throws: SEN2Error.self) { try reader.read(path: Fixtures.path("blade-2025")) }
        #expect(error?.place == "tables.persons.file")
        #expect(error?.message.contains("\"Blade-Export_01-02-2025_person.csv\"") == true)
    }
}

/// A draft of the tool's own template reads the same return as the template does alone.
@Suite("Mapping init on the template")
struct MappingInitTemplateTests {
    @Test func aDraftOfTheTemplateKeepsTheVerticalHeader() throws {
        let folder = try Fixtures.temporaryFolder()
        let book = folder + "/t.xlsx"
        try TemplateWorkbook.write(TestCohort.make(persons: 6, year: .y2026), year: .y2026, la: LACode("202"), to: book)
        let text = try MappingDraft.make(for: book)
        #expect(text.contains("  header:\n    sheet: \"Header\"\n    # items down the first column"))
        try text.write(toFile: folder + "/m.yaml", atomically: true, encoding: .utf8)
        let mapped = try ReturnReader(year: .y2026, mapping: MappingFile.load(path: folder + "/m.yaml"), mappingPath: folder + "/m.yaml").read(path: book)
        let plain = try ReturnReader(year: .y2026).read(path: book)
        #expect(mapped.sen2Return.header == plain.sen2Return.header)
        #expect(mapped.sen2Return.header.lea.value?.text == "202")
        #expect(mapped.sen2Return.persons == plain.sen2Return.persons)
    }
}
