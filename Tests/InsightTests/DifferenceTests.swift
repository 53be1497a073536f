import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("Reconcile differences")
struct DifferenceTests {
    typealias B = Build

    static func twoRequests(first needs: [(SENType, Rank)], entry: String) -> [Request] {
        [B.request(received: "2024-02-01", outcome: .assess, decided: "2024-03-01",
                   assessment: B.assessment(.issue, on: "2024-06-01", plan: B.plan(start: "2024-06-01")),
                   active: B.active(needs: needs, placements: [B.placement(.urn("123456"), entry: entry)])),
         B.historicalPlan(start: "2019-01-01", cease: "2023-07-31", reason: .needsMetWithoutPlan)]
    }

    @Test func reorderedRecordsAreNotDifferencesButChangedItemsAre() {
        let old = B.person("o", "Smith", "Amy", born: "2012-03-04",
                           requests: Self.twoRequests(first: [(.autism, .primary), (.speechLanguageCommunication, .secondary)], entry: "2024-06-01"))
        var new = B.person("n", "SMITH", "Amy", born: "2012-03-04",
                           requests: Self.twoRequests(first: [(.speechLanguageCommunication, .secondary), (.socialEmotionalMentalHealth, .primary)],
                                                      entry: "2024-06-03"))
        new.requests.reverse()
        let found = RecordDiffer.differences(old: old, new: new).map { "\($0.table.sheetName).\($0.itemName): \($0.oldValue) → \($0.newValue)" }
        #expect(found == ["Persons.Surname: Smith → SMITH", "PlacementDetails.EntryDate: 2024-06-01 → 2024-06-03",
                          "SENNeeds.SENtype: ASD → SEMH"])
    }

    @Test func aRecordOnOneSideOnlyIsReportedOnceWithEveryRecordUnderIt() {
        let old = B.person("o", "Smith", "Amy", born: "2012-03-04", requests: Self.twoRequests(first: [], entry: "2024-06-01"))
        var new = old
        new.requests.removeLast()
        new.requests[0].assessment?.namedPlan?.details = [PlanDetail()]
        let found = RecordDiffer.differences(old: old, new: new)
        #expect(found.map { "\($0.table.sheetName).\($0.itemName)" } == ["PlanDetails.record", "Requests.record", "Assessments.record", "NamedPlans.record"])
        #expect(found[0].oldValue == "" && found[0].newValue == "(empty record)")
        #expect(found[1].oldValue.hasPrefix("RequestOutcome=H") && found[1].newValue == "")
        #expect(found[3].oldValue.contains("CeaseReason=") && found[3].newValue == "", "every item of the lost plan is listed")
    }

    /// A column one extract lacks (an unrecognised heading) is not compared, and is named.
    @Test func anItemOneExtractDoesNotCarryIsNotCompared() {
        let person = B.person("O1", "Hill", "Noah", born: "2011-01-01", upn: TestCohort.upn(7).text)
        var withoutSurname = person
        withoutSurname.surname = .absent
        let old = SEN2Return(persons: [person], sources: [SourceTable(file: "old.xlsx", sheet: "Persons", format: .sheet, table: .persons,
                                                                      columns: [.surname: 2, .forename: 3, .personBirthDate: 4, .upn: 5])])
        let new = SEN2Return(persons: [withoutSurname], sources: [SourceTable(file: "new.xlsx", sheet: "Persons", format: .sheet, table: .persons,
                                                                              columns: [.forename: 3, .personBirthDate: 4, .upn: 5])])
        let report = ReconcileReport(old: old, new: new)
        #expect(report.differenceCount == 0)
        #expect(report.uncompared.map(\.item) .contains(.surname))
        #expect(report.uncompared.first { $0.item == .surname }?.missingFromNew == true)
        #expect(!report.uncompared.contains { $0.item == .forename })
    }

    @Test func jsonHasExactlyTheIssuesShape() {
        let old = SEN2Return(persons: [B.person("O1", "Hill", "Noah", born: "2011-01-01", upn: TestCohort.upn(7).text),
                                       B.person("O2", "Gone", "Away", born: "2010-01-01"),
                                       B.person("O3", "Smith", "Jon", born: "2012-02-02")])
        let new = SEN2Return(persons: [B.person("N1", "Hill", "Noah", born: "2011-01-02", upn: TestCohort.upn(7).text),
                                       B.person("N2", "Smith", "John", born: "2012-02-02"), B.person("N3", "Smith", "Joan", born: "2012-02-02"),
                                       B.person("", "New", "Comer", born: "2015-05-05", upn: TestCohort.upn(8).text)])
        let report = ReconcileReport(old: old, new: new)
        let expected = #"{"matched":[{"old":"O1","new":"N1","method":"upn","confidence":1.00}],"only_old":["O2"],"only_new":[""#
            + TestCohort.upn(8).text + #""],"ambiguous":[{"old":"O3","candidates":["N2","N3"]}],"differences":[{"old":"O1","new":"N1","table":"Persons","item":"PersonBirthDate","old_value":"2011-01-01","new_value":"2011-01-02"}]}"# + "\n"
        #expect(JSONCapture.text { try report.writeJSON(to: $0) } == expected)
    }

    /// Two children who share a Person ID in one extract are never shown as one.
    @Test func aRepeatedPersonIDIsNamedWithItsRow() {
        let old = SEN2Return(persons: [B.person("O1", "Hill", "Noah", born: "2011-01-01", upn: TestCohort.upn(7).text),
                                       B.person("O2", "Park", "Ava", born: "2012-05-05", upn: TestCohort.upn(8).text)])
        let new = SEN2Return(persons: [B.person("N1", "Hill", "Noah", born: "2011-01-01", upn: TestCohort.upn(7).text),
                                       B.person("N1", "Park", "Ava", born: "2012-05-05", upn: TestCohort.upn(8).text)])
        let report = ReconcileReport(old: old, new: new)
        #expect(report.links.links.map { report.newID($0.new) }.sorted() == ["N1 (person 1)", "N1 (person 2)"])
        #expect(report.oldID(0) == "O1")
    }
}
