import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("Code sets")
struct CodeSetTests {
    @Test func ethnicityHasAll108CodesAndTwentyMain() {
        #expect(Ethnicity.allCases.count == 108)
        #expect(Ethnicity.mainCodes.count == 20)
        #expect(Ethnicity.wcor.group == .white)
        #expect(Ethnicity.refu.group == .unclassified)
        #expect(Ethnicity.chkc.group == .chinese)
    }

    @Test(arguments: ["WBRI", "wbri", " WBRI ", "WBRI – White British", "WBRI - White British", "WBRI: White British", "White British", "white  british"])
    func codesReadInEverySpelling(_ text: String) {
        #expect(Ethnicity.read(.string(text)) == .wbri)
    }

    @Test func labelsReadWithoutCodes() {
        #expect(RequestOutcome.read(.string("Decision yet to be made")) == .awaiting)
        #expect(SENType.read(.string("autistic spectrum disorder")) == .autism)
        #expect(RequestSource.read(.number(3)) == .health)
        #expect(Ethnicity.read(.string("Martian")) == nil)
    }

    @Test(arguments: [
        (CellValue.number(1), YesNo.yes), (.number(0), .no), (.string("Y"), .yes), (.string("n"), .no),
        (.string("Yes"), .yes), (.string("NO"), .no), (.string("TRUE"), .yes), (.string("false"), .no),
        (.bool(true), .yes), (.bool(false), .no), (.string("1 – Yes"), .yes), (.string("0 - No"), .no),
    ])
    func yesNoSpellings(_ input: CellValue, _ expected: YesNo) {
        #expect(YesNo.read(input) == expected)
    }

    @Test func downSyndromeIsInTheListFrom2025() {
        #expect(!SENType.downSyndrome.isValid(in: 2024))
        #expect(SENType.downSyndrome.isValid(in: 2025))
        #expect(!CodeSetID.senType.entries(in: 2024).contains { $0.code == "DS" })
        #expect(CodeSetID.senType.entries(in: 2026).contains { $0.code == "DS" })
    }

    @Test func ceaseReasonWordingFollowsTheYear() {
        #expect(CeaseReason.transferred.label(in: 2024) == "Transferred to another local authority")
        #expect(CeaseReason.transferred.label(in: 2025) == "Transferred to another local authority in England")
        #expect(CeaseReason.read(.string("Transferred to another local authority")) == .transferred)
    }

    @Test func planSettingsExcludeNotInEducationCodes() {
        let plan = CodeSetID.namedPlanSetting.entries(in: 2025).map(\.code)
        let placement = CodeSetID.placementSetting.entries(in: 2025).map(\.code)
        #expect(plan == ["OLA", "OPA", "EHE", "EYP", "OTH"])
        #expect(placement.count == 8)
    }

    @Test func requestSourceStartsIn2025() {
        #expect(CodeSetID.requestSource.entries(in: 2024).isEmpty)
        #expect(CodeSetID.requestSource.entries(in: 2025).count == 5)
    }

    @Test func laListHasCurrentAndFormerAuthorities() {
        #expect(LocalAuthority.all.count == 160)
        #expect(LocalAuthority.current.count == 153)
        #expect(LocalAuthority.named("202")?.name == "Camden")
        #expect(LocalAuthority.named("670") == nil)
    }
}
