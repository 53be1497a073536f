import Foundation
import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("Reading sheet layouts")
struct ReaderTests {
    @Test func aTemplateFilledByHandReadsEveryStyle() throws {
        let (ret, report) = try ReturnReader(year: .y2026).read(path: Fixtures.path("filled-template-2026.xlsx"))
        #expect(ret.persons.count == 4, "the blank row is skipped")
        let ada = ret.persons[0]
        #expect(ada.id == "P1")
        #expect(ada.surname == .value("Lovelace") && ada.forename == .value("Ada"))
        #expect(ada.birthDate == .value(CalendarDate(year: 2015, month: 12, day: 10)), "a real Excel date")
        #expect(ada.postcode.value?.text == "SW1A 1AA")
        #expect(ada.upn.value?.text == "B801200005001", "lower case with spaces")
        let alan = ret.persons[1]
        #expect(alan.birthDate == .value(CalendarDate(year: 2012, month: 6, day: 23)), "ISO text")
        #expect(alan.sex == .value(.male), "CODE – label")
        #expect(alan.ethnicity == .value(.mwas), "label alone")
        #expect(alan.uln.value?.text == "1000000043", "a number cell")
        let grace = ret.persons[2]
        #expect(grace.birthDate == .value(CalendarDate(year: 2019, month: 12, day: 9)), "dd/mm/yyyy text")
        #expect(grace.sex == .value(.female) && grace.ethnicity == .value(.apkn) && grace.upnUnknown == .value(.under6))
        let bad = ret.persons[3]
        #expect(bad.birthDate == .invalid(raw: "31/02/2024"))
        #expect(bad.ethnicity == .invalid(raw: "Martian"))

        let r1 = try #require(ada.requests.first)
        #expect(r1.id == "R1")
        #expect(r1.source == .value(.youngPersonOrParent) && r1.youthCustody == .value(.no))
        #expect(r1.mediation == .value(.no) && r1.tribunal == .value(.no), "No and FALSE")
        #expect(r1.outcomeDate == .value(CalendarDate(year: 2025, month: 3, day: 1)))
        let plan = try #require(r1.assessment?.namedPlan)
        #expect(r1.assessment?.outcome == .value(.issue))
        #expect(plan.personalBudget == .value(.yes) && plan.directPayments == .value(.education))
        #expect(plan.details.count == 2)
        #expect(plan.details[0].urn.value?.text == "123456")
        #expect(plan.details[1].setting == .value(.otherTypeSpecified) && plan.details[1].rank == .value(.secondary))
        let active = try #require(r1.activePlans)
        #expect(active.placements.first?.senUnit == .value(.no))
        #expect(active.needs.map(\.type) == [.value(.autism), .value(.speechLanguageCommunication)])
        #expect(alan.requests.first?.source == .value(.educationSetting))

        let r3 = try #require(grace.requests.first)
        #expect(r3.outcome == .value(.historical))
        #expect(r3.activePlans?.transferredFrom.value?.text == "203")
        #expect(r3.activePlans?.lastReview == .value(CalendarDate(year: 2025, month: 10, day: 17)))
        #expect(r3.activePlans?.needs.first?.type == .value(.downSyndrome))
        #expect(r3.assessment?.namedPlan?.details.first?.ukprn.value?.text == "10012345")

        #expect(ret.header.lea.value?.text == "202")
        #expect(ret.header.dmo == .value(.yes) && ret.header.dco == .value(.no) && ret.header.dsco == .value(.recruiting))
        #expect(ret.header.year == .value(2026))

        #expect(report.unknownColumns.map(\.heading) == ["Notes"])
        #expect(report.unknownColumns.first?.location.cell == "K1")
        let unreadable = report.issues.filter { $0.kind == .unreadableValue }
        #expect(unreadable.map { $0.location.cell } == ["D6", "E6", "F6"])
        #expect(unreadable.first?.value == "31/02/2024")
        let orphan = try #require(report.issues.first { $0.kind == .unknownParent })
        #expect(orphan.value == "P99" && orphan.location.sheet == "Requests" && orphan.location.cell == "B6")
    }

    @Test func findingsPointBackAtTheirCells() throws {
        let (ret, _) = try ReturnReader(year: .y2026).read(path: Fixtures.path("filled-template-2026.xlsx"))
        let bad = ret.persons[3]
        #expect(ret.location(of: bad.origin, item: .personBirthDate)?.cell == "D6")
        #expect(ret.location(of: bad.origin, item: .postCode)?.cell == "G6")
        let need = try #require(ret.persons[0].requests[0].activePlans?.needs[1])
        #expect(ret.location(of: need.origin, item: .senTypeRank)?.description.hasSuffix("sheet 'SENNeeds', cell C3") == true)
        #expect(ret.location(of: ret.header.origin, item: .dco)?.cell == "B5", "a header laid out down the sheet")
    }

    @Test func dfeTemplateHeadingsAsSeparateSheets() throws {
        let (ret, report) = try ReturnReader(year: .y2024).read(path: Fixtures.path("dfe-headings-2024.xlsx"))
        #expect(report.unknownColumns.isEmpty, "\(report.unknownColumns)")
        #expect(report.issues.map(\.kind) == [.missingParentRecord], "the need's request has no Active Plan row: \(report.issues)")
        let person = try #require(ret.persons.first)
        #expect(person.surname == .value("Smith") && person.ethnicity == .value(.bafr))
        let request = try #require(person.requests.first)
        #expect(request.outcome == .value(.assess))
        #expect(request.assessment?.outcome == .value(.issue))
        #expect(request.activePlans?.needs.first?.type == .value(.moderateLearning), "a need creates its active-plans record")
        #expect(ret.header.lea.value?.text == "305")
    }

    @Test func bladeCSVExportsInAFolder() throws {
        let (ret, report) = try ReturnReader(year: .y2025).read(path: Fixtures.path("blade-2025"))
        #expect(report.issues.isEmpty, "\(report.issues)")
        #expect(report.unknownColumns.isEmpty, "\(report.unknownColumns)")
        let person = try #require(ret.persons.first)
        #expect(person.surname == .value("O'Brien"))
        #expect(person.birthDate == .value(CalendarDate(year: 2010, month: 4, day: 1)), "Blade date")
        let request = try #require(person.requests.first)
        #expect(request.source == .value(.educationSetting))
        #expect(request.assessment?.namedPlan?.details.first?.urn.value?.text == "118888", "linked through assessment and named-plan ids")
        #expect(request.activePlans?.placements.first?.resourcedProvision == .value(.yes))
        #expect(request.activePlans?.needs.first?.type == .value(.socialEmotionalMentalHealth))
        #expect(ret.header.lea.value?.text == "886" && ret.header.dsco == .value(.recruiting))
        #expect(ret.location(of: person.origin, item: .upnUnknown)?.description.contains("person.csv, line 2") == true)
    }

    @Test func anExtractDescribedByAMappingFile() throws {
        let mappingPath = Fixtures.path("extract/mapping.yaml")
        let mapping = try MappingFile.load(path: mappingPath)
        let reader = try ReturnReader(mapping: mapping, mappingPath: mappingPath)
        #expect(reader.year == .y2026, "the year comes from the mapping file")
        let (ret, report) = try reader.read(path: Fixtures.path("extract/extract.xlsx"))
        #expect(report.issues.isEmpty, "\(report.issues)")
        #expect(ret.persons.count == 2)
        #expect(ret.persons[0].ethnicity == .value(.apkn), "file-wide value map")
        #expect(ret.persons[1].ethnicity == .value(.wbri), "label")
        #expect(ret.persons[0].sex == .value(.female))
        #expect(ret.persons[0].requests.first?.outcome == .value(.assess), "table value map")
        #expect(ret.persons[1].requests.first?.outcome == .value(.notAssess))
        #expect(ret.persons[1].requests.first?.source == .value(.educationSetting))
        #expect(ret.location(of: ret.persons[0].origin, item: .surname)?.cell == "B4", "heading found under title rows")
    }

    @Test func mappingFilesAreCheckedBeforeReading() throws {
        let folder = try Fixtures.temporaryFolder()
        let bad = folder + "/bad.yaml"
        try "tables:\n  persons:\n    sheet: Children\n    columns:\n      Shoe size: Shoes\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let error = #expect(throws: SEN2Error.self) { try ReturnReader(mapping: MappingFile.load(path: bad), mappingPath: bad) }
        #expect(error?.place == "tables.persons.columns.Shoe size")
        let json = folder + "/m.json"
        try #"{"tables": {"people": {"sheet": "X"}}}"#.write(toFile: json, atomically: true, encoding: .utf8)
        #expect(throws: SEN2Error.self) { try ReturnReader(mapping: MappingFile.load(path: json), mappingPath: json) }
        try "tables: [1, 2]".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(throws: SEN2Error.self) { try MappingFile.load(path: bad) }
    }

    @Test func inputsWithoutPersonsAreRefused() throws {
        #expect(throws: SEN2Error.self) { try ReturnReader().read(path: Fixtures.repository + "/Tests/Fixtures/corpus/tafia-date.xlsx") }
        #expect(throws: SEN2Error.self) { try ReturnReader().read(path: Fixtures.path("nothing-here.xlsx")) }
    }

    @Test(arguments: [
        ("Date of Birth (ccyy-mm-dd)", Item.personBirthDate), ("  date OF birth ", .personBirthDate), ("personbirthdate", .personBirthDate),
        ("UPN - Unique Pupil Number", .upn), ("Post-code", .postCode), ("upnunknown", .upnUnknown),
    ])
    func headingsMatchIgnoringCaseSpacingAndPunctuation(_ heading: String, _ item: Item) {
        #expect(HeadingMatcher(table: .persons).role(of: heading) == .item(item))
    }

    @Test func idColumnsAreRecognisedInEveryLayout() {
        #expect(HeadingMatcher(table: .requests).role(of: "Request ID") == .ownID)
        #expect(HeadingMatcher(table: .requests).role(of: "Person ID (This must be a unique ID for each Person record)") == .parentID(.persons))
        #expect(HeadingMatcher(table: .placementDetails).role(of: "activeplanstableid") == .parentID(.activePlans))
        #expect(HeadingMatcher(table: .placementDetails).role(of: "Request ID") == .parentID(.requests))
        #expect(HeadingMatcher(table: .planDetails).role(of: "namedplantableid") == .parentID(.namedPlans))
        #expect(Table.named("Blade-Export_01-02-2025_placementdetail.csv") == .placementDetails)
        #expect(Table.named("Person Record") == .persons)
        #expect(Table.named("Guide") == nil)
    }
}

@Suite("Mapping init")
struct MappingInitTests {
    @Test func aDraftOfTheDfEHeadingsReadsTheSameReturn() throws {
        let book = Fixtures.path("dfe-headings-2024.xlsx")
        let text = try MappingDraft.make(for: book)
        #expect(text.contains("    id: \"Person ID (This must be a unique ID for each Person record)\""))
        #expect(text.contains("      UPN: \"UPN - Unique Pupil Number\""))
        let folder = try Fixtures.temporaryFolder()
        try text.write(toFile: folder + "/mapping.yaml", atomically: true, encoding: .utf8)
        let mapping = try MappingFile.load(path: folder + "/mapping.yaml")
        #expect(mapping.tables["persons"]?.sheet == "Person Record")
        let mapped = try ReturnReader(year: .y2024, mapping: mapping, mappingPath: folder + "/mapping.yaml").read(path: book)
        let plain = try ReturnReader(year: .y2024).read(path: book)
        #expect(mapped.sen2Return.persons == plain.sen2Return.persons)
        #expect(mapped.sen2Return.header == plain.sen2Return.header)
    }

    @Test func aDraftListsWhatItCouldNotRecognise() throws {
        let text = try MappingDraft.make(for: Fixtures.path("extract/extract.xlsx"))
        #expect(text.contains("# column B \"Family name\" was not recognised"))
        #expect(text.contains("# sheet \"Referrals\", headings on row 1: \"Referral ref\""))
        #expect(text.contains("# not found: Surname, Forename"))
        let folder = try Fixtures.temporaryFolder()
        try text.write(toFile: folder + "/m.yaml", atomically: true, encoding: .utf8)
        #expect(try MappingFile.load(path: folder + "/m.yaml").tables.keys.sorted() == ["persons"])
    }

    @Test func aDraftOfACSVFolderNamesFiles() throws {
        let text = try MappingDraft.make(for: Fixtures.path("blade-2025"))
        #expect(text.contains("    file: \"Blade-Export_01-02-2025_person.csv\""))
        #expect(text.contains("    parent: \"namedplantableid\""))
        #expect(text.contains("    parent_table: namedPlans"))
    }

    @Test func yamlQuotingKeepsAwkwardHeadings() {
        #expect(MappingDraft.quoted("a \"b\" \\ c") == "\"a \\\"b\\\" \\\\ c\"")
    }
}
