import Foundation
import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("COLLECT XML")
struct XMLTests {
    static let now = ExcelDateTime(date: CalendarDate(year: 2026, month: 2, day: 1), secondsOfDay: 9 * 3600, kind: .dateTime)

    @Test(arguments: CollectionYear.allCases)
    func committedSchemasMatchTheGenerator(_ year: CollectionYear) throws {
        let committed = try String(contentsOfFile: Fixtures.repository + "/schemas/SEN2-\(year).xsd", encoding: .utf8)
        #expect(committed == XSDGenerator.schema(for: year), "regenerate schemas/ with `sen2xl schema --year \(year)`")
    }

    @Test(arguments: CollectionYear.allCases)
    func variedCohortsRoundTripThroughXML(_ year: CollectionYear) throws {
        let folder = try Fixtures.temporaryFolder()
        let cohort = TestCohort.make(persons: 150, year: year)
        let path = folder + "/SEN2.xml"
        let summary = try ReturnExporter(year: year, release: "test").export(cohort, la: nil, to: path, now: XMLTests.now)
        #expect(summary.persons == 150)
        let (back, report) = try ReturnXMLReader(path: path).readAll()
        #expect(report.issues.isEmpty)
        #expect(back.persons.map(\.valuesOnly) == cohort.persons.map(\.valuesOnly))
        #expect(back.header.lea.value?.text == "202")
        #expect(back.header.referenceDate.value == year.census)
        #expect(back.header.year.value == year.rawValue)
        #expect(back.header.softwareCode.value == "sen2xl" || back.header.softwareCode.value == "test" || back.header.softwareCode.isPresent)
        #expect(back.header.dsco.isPresent == year.declaration.collects(.dsco))
    }

    @Test func itemsAYearDoesNotCollectAreNotWritten() throws {
        let folder = try Fixtures.temporaryFolder()
        var cohort = TestCohort.make(persons: 20, year: .y2026)
        cohort.header.dsco = .value(.yes)
        // Down syndrome is not in the 2024 list; this test is about items, not codes.
        for p in cohort.persons.indices {
            for r in cohort.persons[p].requests.indices {
                for n in cohort.persons[p].requests[r].activePlans?.needs.indices ?? 0..<0
                where cohort.persons[p].requests[r].activePlans?.needs[n].type == .value(.downSyndrome) {
                    cohort.persons[p].requests[r].activePlans?.needs[n].type = .value(.other)
                }
            }
        }
        let path = folder + "/2024.xml"
        _ = try ReturnExporter(year: .y2024, release: "test").export(cohort, la: nil, to: path, now: XMLTests.now)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("<RequestSource>") && !text.contains("<DSCO>") && !text.contains("<ReviewDraft>"))
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>"))
        #expect(!text.contains("></"), "no empty elements")
    }

    @Test func elementOrderFollowsTheYear() throws {
        let folder = try Fixtures.temporaryFolder()
        var cohort = SEN2Return(header: TestCohort.make(persons: 0, year: .y2025).header)
        var person = Person()
        person.surname = .value("A")
        person.forename = .value("B")
        person.birthDate = .value(CalendarDate(year: 2015, month: 1, day: 1))
        person.sex = .value(.male)
        person.ethnicity = .value(.wbri)
        var request = Request()
        request.outcome = .value(.historical)
        var active = ActivePlans()
        active.reviewMeeting = .value(CalendarDate(year: 2024, month: 5, day: 1))
        active.reviewOutcome = .value(.maintain)
        active.lastReview = .value(CalendarDate(year: 2024, month: 5, day: 10))
        request.activePlans = active
        person.requests = [request]
        cohort.persons = [person]
        func order(_ year: CollectionYear) throws -> [String] {
            let path = folder + "/\(year).xml"
            _ = try ReturnExporter(year: year, release: "t").export(cohort, la: nil, to: path, now: XMLTests.now)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return ["ReviewMeeting", "LastReview", "ReviewOutcome"].sorted { text.range(of: "<\($0)>")!.lowerBound < text.range(of: "<\($1)>")!.lowerBound }
        }
        #expect(try order(.y2024) == ["ReviewMeeting", "ReviewOutcome", "LastReview"])
        #expect(try order(.y2025) == ["ReviewMeeting", "LastReview", "ReviewOutcome"])
        #expect(try order(.y2026) == ["ReviewMeeting", "ReviewOutcome", "LastReview"])
    }

    @Test func anExportThatBreaksTheSchemaIsRefusedWithThePath() throws {
        let folder = try Fixtures.temporaryFolder()
        var cohort = TestCohort.make(persons: 5, year: .y2026)
        cohort.persons[3].ethnicity = .invalid(raw: "Martian")
        cohort.persons[4].surname = .absent
        let path = folder + "/refused.xml"
        let error = #expect(throws: SEN2Error.self) {
            try ReturnExporter(year: .y2026, release: "t").export(cohort, la: nil, to: path, now: XMLTests.now)
        }
        let message = error?.message ?? ""
        #expect(message.contains("Message/Persons/Person[4]/Ethnicity"))
        #expect(message.contains("'Martian'"))
        #expect(message.contains("Person[5]"), "a missing required element is refused too")
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "no temporary file is left")
    }

    @Test func aMissingRequiredChildIsReportedAtItsParent() throws {
        var cohort = TestCohort.make(persons: 2, year: .y2026)
        cohort.header.dmo = .absent
        let error = #expect(throws: SEN2Error.self) {
            try ReturnExporter(year: .y2026, release: "t").export(cohort, la: nil, to: try Fixtures.temporaryFolder() + "/x.xml", now: XMLTests.now)
        }
        #expect(error?.message.contains("Message/Header/Source") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("DMO") == true)
    }

    @Test func codesOutsideTheYearsListAreRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        var cohort = TestCohort.make(persons: 3, year: .y2024)
        var need = SENNeed()
        need.type = .value(.downSyndrome)
        need.rank = .value(.primary)
        var active = ActivePlans()
        active.needs = [need]
        var request = Request()
        request.outcome = .value(.historical)
        request.activePlans = active
        cohort.persons[0].requests = [request]
        #expect(throws: SEN2Error.self) {
            try ReturnExporter(year: .y2024, release: "t").export(cohort, la: nil, to: folder + "/a.xml", now: XMLTests.now)
        }
        _ = try ReturnExporter(year: .y2025, release: "t").export(cohort, la: nil, to: folder + "/b.xml", now: XMLTests.now)
    }

    @Test func theHeaderYearMustMatchTheExport() throws {
        var cohort = TestCohort.make(persons: 1, year: .y2026)
        cohort.header.year = .value(2025)
        #expect(throws: SEN2Error.self) {
            try ReturnExporter(year: .y2026, release: "t").export(cohort, la: nil, to: try Fixtures.temporaryFolder() + "/x.xml", now: XMLTests.now)
        }
    }

    @Test func importAcceptsOtherSystemsSpellings() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/other.xml"
        let xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <Message><Header><CollectionDetails><Collection>SEN2</Collection><Year>2025</Year><ReferenceDate>2025-01-16</ReferenceDate></CollectionDetails>
        <Source><SourceLevel>L</SourceLevel><LEA>886</LEA><DMO>Y</DMO><DCO>Y</DCO></Source></Header>
        <Persons><Person><Surname>Ng</Surname><Forename>Al</Forename><PersonBirthDate>2012-02-02</PersonBirthDate><Sex>M</Sex><Ethnicity>CHNE</Ethnicity>
        <Requests><RequestOutcome>H</RequestOutcome><ActivePlans><PlacementDetail><SENSetting>EHE</SENSetting><SENSettingOther>home</SENSettingOther>
        <PlacementRank>1</PlacementRank><EntryDate>2020-09-01</EntryDate><Colour>blue</Colour></PlacementDetail></ActivePlans></Requests></Person></Persons></Message>
        """
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        let (ret, report) = try ReturnXMLReader(path: path).readAll()
        let placement = try #require(ret.persons.first?.requests.first?.activePlans?.placements.first)
        #expect(placement.setting == .value(.electiveHomeEducation))
        #expect(placement.settingOther == .value("home"))
        #expect(report.issues.count == 1)
        #expect(report.issues.first?.location.element == "Colour")
        #expect(ret.header.lea.value?.text == "886")
    }

    /// Another system's file with two assessments under one request: the first is kept and
    /// the second reported where it starts, never merged into the first.
    @Test func importKeepsTheFirstOfTwoAssessmentsAndReportsTheSecond() throws {
        let path = try Fixtures.temporaryFolder() + "/two.xml"
        let xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <Message><Header><CollectionDetails><Collection>SEN2</Collection><Year>2026</Year><ReferenceDate>2026-01-15</ReferenceDate></CollectionDetails>
        <Source><SourceLevel>L</SourceLevel><LEA>202</LEA><DMO>Y</DMO><DCO>Y</DCO></Source></Header>
        <Persons><Person><Surname>Ng</Surname>
        <Requests><RequestOutcome>Y</RequestOutcome>
        <Assessment><AssessmentOutcome>H</AssessmentOutcome><NamedPlan><StartDate>2024-03-01</StartDate></NamedPlan></Assessment>
        <Assessment><AssessmentOutcome>N</AssessmentOutcome><AssessmentOutcomeDate>2025-05-05</AssessmentOutcomeDate></Assessment>
        </Requests></Person></Persons></Message>
        """
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        let (ret, report) = try ReturnXMLReader(path: path).readAll()
        let assessment = try #require(ret.persons.first?.requests.first?.assessment)
        #expect(assessment.outcome == .value(.historical))
        #expect(assessment.outcomeDate == nil, "nothing of the second is merged in")
        #expect(assessment.namedPlan != nil)
        let issue = try #require(report.issues.first)
        #expect(report.issues.count == 1)
        #expect(issue.kind == .tooManyRecords)
        #expect(issue.location.element == "Requests/Assessment" && issue.location.row == 7)
        #expect(issue.message == "a second assessment for the same request: the return allows one; this one is left out and the first kept")
    }

    @Test func importRefusesFilesThatAreNotReturns() throws {
        let folder = try Fixtures.temporaryFolder()
        try "<Other/>".write(toFile: folder + "/a.xml", atomically: true, encoding: .utf8)
        try "<Message><Persons>".write(toFile: folder + "/b.xml", atomically: true, encoding: .utf8)
        #expect(throws: SEN2Error.self) { try ReturnXMLReader(path: folder + "/a.xml").readAll() }
        #expect(throws: SEN2Error.self) { try ReturnXMLReader(path: folder + "/b.xml").readAll() }
        #expect(throws: SEN2Error.self) { try ReturnXMLReader(path: folder + "/missing.xml").readAll() }
    }
}
