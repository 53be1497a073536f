import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("Summary figures")
struct SummaryFigureTests {
    let figures = ReturnSummary(SmallReturn.sen2Return, period: SmallReturn.period).figures

    @Test func caseloadMatchesTheHandCount() {
        let c = figures.caseload
        #expect(c.total == 7)
        #expect(c.ageBand.entries.map(\.count) == [1, 2, 2, 0, 1, 1, 0])
        #expect(c.sex["M"] == 5 && c.sex["F"] == 2 && c.sex["unknown"] == 0)
        #expect(c.primaryNeed["ASD"] == 2 && c.primaryNeed["SLCN"] == 1 && c.primaryNeed["SEMH"] == 1)
        #expect(c.primaryNeed["MLD"] == 1 && c.primaryNeed["PD"] == 1 && c.primaryNeed["not recorded"] == 1)
        #expect(c.placement["URN"] == 3 && c.placement["EYP"] == 1 && c.placement["NEET"] == 1)
        #expect(c.placement["OPA"] == 1 && c.placement["OLA"] == 0 && c.placement["not recorded"] == 1)
        #expect(c.ethnicGroup["White"] == 4 && c.ethnicGroup["Mixed"] == 1 && c.ethnicGroup["Asian"] == 1)
        #expect(c.ethnicGroup["Unclassified"] == 1 && c.ethnicGroup["unknown"] == 0)
    }

    @Test func activityMatchesTheHandCount() {
        let a = figures.activity
        #expect(a.year == 2024)
        #expect((a.requests, a.refused, a.assessments, a.newPlans) == (5, 1, 4, 3))
        #expect((a.timedPlans, a.timedWithin20Weeks) == (3, 2))
        #expect((a.timedPlansExclExceptions, a.timedWithin20WeeksExclExceptions) == (2, 2))
        #expect((a.ceased, a.ceasedByReason["5"], a.ceasedByReason["6"]) == (2, 1, 1))
        #expect((a.transfersIn, a.transfersOut) == (1, 1))
    }

    @Test(arguments: [
        ("2019-05-01", AgeBand.age5to10), ("2014-08-31", .age5to10), ("2013-09-01", .age5to10), ("2013-08-31", .age11to15),
        ("2024-12-01", .under5), ("2025-02-01", .unknown), ("1998-09-01", .age20to25), ("1998-08-31", .over25),
    ])
    func ageIsTakenOnThe31AugustBeforeTheReferenceDate(_ born: String, _ band: AgeBand) {
        #expect(AgeBand(birthDate: Build.date(born), period: SmallReturn.period) == band)
    }

    @Test func aReferenceDateOn31AugustUsesThatDay() {
        let period = SummaryPeriod(referenceDate: Build.date("2024-08-31"))
        #expect(period.ageDate == Build.date("2024-08-31"))
        #expect(SummaryPeriod(referenceDate: Build.date("2024-08-30")).ageDate == Build.date("2023-08-31"))
    }

    @Test(arguments: [(2, 3, "66.7"), (929, 2000, "46.5"), (1, 8, "12.5"), (0, 5, "0.0"), (5, 5, "100.0")])
    func percentagesHaveOneDecimalRoundedHalfUp(_ part: Int, _ whole: Int, _ text: String) {
        #expect(Percent.text(part, of: whole) == text)
    }

    @Test func aPlanCeasingOnTheReferenceDateIsNotInTheCaseload() {
        let date = Build.date("2025-01-16")
        #expect(!CaseloadRule.isActive(Build.plan(start: "2020-01-01", cease: "2025-01-16"), on: date))
        #expect(CaseloadRule.isActive(Build.plan(start: "2020-01-01", cease: "2025-01-17"), on: date))
        #expect(CaseloadRule.isActive(Build.plan(start: "2025-01-16"), on: date))
        #expect(!CaseloadRule.isActive(Build.plan(start: nil), on: date))
    }
}
