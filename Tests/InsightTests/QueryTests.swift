import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("Summary queries")
struct QueryTests {
    typealias B = Build

    /// A person in the caseload with `need` as primary need.
    static func planHolder(_ id: String, need: SENType, born: String = "2012-05-05") -> Person {
        // Names compare by their letters only, so the ID's digits are spelled as letters.
        let letters = String(id.map { $0.isNumber ? Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(String($0))!)) : $0 })
        return B.person(id, "Surname" + letters, "Forename" + letters, born: born, requests: [
            B.historicalPlan(start: "2020-01-01", active: B.active(needs: [(need, .primary)], placements: [B.placement(.code(.otherLA), entry: "2020-01-01")])),
        ])
    }

    @Test func aChangeBeyondTheThresholdListsWhoJoinedAndLeft() throws {
        // Last year: 20 with ASD, 10 with SEMH. This year: the same 20 with ASD, 3 of the SEMH
        // group now recorded as ASD, and 7 more ASD newcomers; so ASD rises 20 → 30 (+50 %).
        let asd = (1...20).map { Self.planHolder("A\($0)", need: .autism) }
        let semh = (1...10).map { Self.planHolder("S\($0)", need: .socialEmotionalMentalHealth) }
        let previous = SEN2Return(persons: asd + semh)
        let moved = semh.prefix(3).map { p -> Person in
            var q = p
            q.requests[0].activePlans!.needs[0].type = .value(.autism)
            return q
        }
        let newcomers = (1...7).map { Self.planHolder("N\($0)", need: .autism) }
        let current = SEN2Return(persons: asd + moved + semh.dropFirst(3) + newcomers)
        let report = SummaryReport(current, period: SmallReturn.period, previous: previous)
        let asdQuery = try #require(report.queries.first { $0.id == "change_beyond_threshold" && $0.message.contains("ASD") })
        #expect(asdQuery.message == "Primary need, ASD – Autistic spectrum disorder: 20 → 30 (+50.0%), beyond the 20.0% threshold")
        #expect(Set(asdQuery.records.map(\.personID)) == Set(["S1", "S2", "S3"] + (1...7).map { "N\($0)" }))
        #expect(asdQuery.records.first { $0.personID == "S1" }?.detail == "now ASD; last year SEMH")
        #expect(asdQuery.records.first { $0.personID == "N1" }?.detail == "now ASD; last year not in last year's caseload")
        // SEMH fell 10 → 7 (-30 %): raised, with the three who left it.
        let semhQuery = try #require(report.queries.first { $0.id == "change_beyond_threshold" && $0.message.contains("SEMH") })
        #expect(semhQuery.records.map(\.personID) == ["S1", "S2", "S3"] && semhQuery.records.allSatisfy { $0.side == .previous })
        // Total 30 → 37 (+23.3 %) is beyond 20 % but not beyond 25 %.
        #expect(report.queries.contains { $0.message.hasPrefix("Caseload, Caseload on the reference date: 30 → 37") })
        let looser = SummaryReport(current, period: SmallReturn.period, previous: previous, thresholdPercent: 25)
        #expect(!looser.queries.contains { $0.message.hasPrefix("Caseload, Caseload on the reference date") })
    }

    @Test func aNeedLastYearsCodeListLackedIsNotAChange() {
        let previous = SEN2Return(persons: (1...12).map { Self.planHolder("A\($0)", need: .other) })
        let current = SEN2Return(persons: (1...12).map { Self.planHolder("A\($0)", need: .downSyndrome) })
        let report = SummaryReport(current, period: SmallReturn.period, previous: previous,
                                   previousPeriod: SummaryPeriod(year: .y2024))
        #expect(!report.queries.contains { $0.message.contains("DS –") })
        #expect(report.queries.contains { $0.message.contains("OTH –") })
    }

    @Test func smallCountsAreNotJudged() {
        let previous = SEN2Return(persons: (1...4).map { Self.planHolder("A\($0)", need: .autism) })
        let current = SEN2Return(persons: (1...8).map { Self.planHolder("A\($0)", need: .autism) })
        let report = SummaryReport(current, period: SmallReturn.period, previous: previous)
        #expect(!report.queries.contains { $0.id == "change_beyond_threshold" })
    }

    @Test(arguments: [(31.5, 31.5, false), (45.0, 31.5, true), (20.0, 31.5, true), (3.0, 5.8, false), (2.0, 5.8, true),
                      (0.5, 0.3, false), (13.0, 2.4, true), (9.0, 4.3, false)])
    func farFromEngland(share: Double, england: Double, raised: Bool) {
        #expect(NationalQueries.isFarOutside(share: share, england: england) == raised)
    }

    @Test func sharesAreJudgedOnlyWithEnoughPlans() {
        let few = SEN2Return(persons: (1...29).map { Self.planHolder("A\($0)", need: .hearing) })
        #expect(!SummaryReport(few, period: SmallReturn.period).queries.contains { $0.id == "share_outside_national" })
        let enough = SEN2Return(persons: (1...30).map { Self.planHolder("A\($0)", need: .hearing) })
        let queries = SummaryReport(enough, period: SmallReturn.period).queries.filter { $0.id == "share_outside_national" }
        #expect(queries.contains { $0.message.hasPrefix("Primary need HI – Hearing impairment: 100.0% of the caseload against 1.4% in England") && $0.count == 30 })
    }

    @Test func plansWithoutACompletedAssessmentAreListed() throws {
        // One plan issued properly in 2024, one started in 2024 whose assessment has no date,
        // one transferred in (outcome H) that is not counted.
        let persons = [
            B.person("P1", "A", "B", born: "2015-01-01", requests: [B.request(received: "2024-01-10", outcome: .assess, decided: "2024-02-01",
                assessment: B.assessment(.issue, on: "2024-05-01", plan: B.plan(start: "2024-05-01")))]),
            B.person("P2", "C", "D", born: "2015-01-01", requests: [B.request(received: "2024-01-10", outcome: .assess, decided: "2024-02-01",
                assessment: B.assessment(.issue, on: nil, plan: B.plan(start: "2024-06-01")))]),
            B.person("P3", "E", "F", born: "2015-01-01", requests: [B.historicalPlan(start: "2024-03-01", active: B.active(transferFrom: "203"))]),
        ]
        let report = SummaryReport(SEN2Return(persons: persons), period: SmallReturn.period)
        let query = try #require(report.queries.first { $0.id == "new_plans_exceed_assessments" })
        #expect(query.message == "2 plans started in 2024 but only 1 assessment was completed")
        #expect(query.records.map(\.personID) == ["P2"])
        #expect(query.records[0].detail == "plan started 2024-06-01; assessment outcome Y, outcome date none")
    }
}
