import Foundation
import Testing
@testable import Synth

@Suite("Parameter files")
struct ParameterFileTests {
    @Test func keysReplaceTheProfilesOneByOne() throws {
        let json = #"{"withinTwentyWeeks": 0.3, "caseloadBySex": {"M": 60, "F": 40}, "assumptions": {"upnShare": 0.5}}"#
        let p = try ParameterFile.parse(Data(json.utf8), name: "mine.json", over: .england)
        #expect(p.withinTwentyWeeks == 0.3)
        #expect(p.caseloadBySex == ["M": 60, "F": 40])
        #expect(p.assumptions.upnShare == 0.5)
        #expect(p.assumptions.postcodeShare == Assumptions.standard.postcodeShare)
        #expect(p.primaryNeed == SynthParameters.england.primaryNeed)
        let s = try SynthTestSupport.statistics(SynthOptions(children: 6_000, seed: 1, parameters: p))
        #expect(abs(s.withinTwentyWeeks.value - 0.3) < 0.04)
        #expect(abs(s.sex.shares[0] - 0.6) < 0.01)
    }

    @Test func printedParametersReadBackUnchanged() throws {
        for profile in Profile.allCases {
            let json = try ParameterFile.json(profile.parameters)
            #expect(try ParameterFile.parse(json, name: "printed", over: .england) == profile.parameters)
        }
    }

    @Test(arguments: [
        (#"{"withinTwentyWeks": 0.3}"#, "mine.json: withinTwentyWeks"),
        (#"{"assumptions": {"upnShares": 1}}"#, "mine.json: assumptions.upnShares"),
        (#"{"withinTwentyWeeks": "fast"}"#, "mine.json: withinTwentyWeeks"),
        (#"[1, 2]"#, "mine.json"),
    ])
    func mistakesInTheFileAreReportedWithTheKey(json: String, location: String) {
        #expect { try ParameterFile.parse(Data(json.utf8), name: "mine.json", over: .england) } throws: {
            ($0 as? SynthError)?.location == location
        }
    }

    @Test(arguments: [
        (#"{"primaryNeed": {"ASDX": 5}}"#, "primaryNeed.ASDX"),
        (#"{"settingMix": {"castle": 5}}"#, "settingMix.castle"),
        (#"{"caseloadByAge": {"30": 5}}"#, "caseloadByAge.30"),
        (#"{"withinTwentyWeeks": 1.5}"#, "withinTwentyWeeks"),
        (#"{"ethnicity": {"WENG": 5}}"#, "ethnicity.WENG"),
        (#"{"twentyWeekLASpread": [50, 10]}"#, "twentyWeekLASpread"),
        (#"{"refusalRateByAge": {"5": 0}}"#, "refusalRateByAge"),
        (#"{"refusalRateByAge": {"5": 1.5}}"#, "refusalRateByAge"),
        (#"{"caseloadByAge": {"25": 10}}"#, "caseloadByAge (ages 0 to 24)"),
        (#"{"caseloadBySex": {"M": 0, "F": 0}}"#, "caseloadBySex"),
        (#"{"settingMix": {}}"#, "settingMix"),
        (#"{"ceasedByAge": {"16": 0}}"#, "ceasedByAge"),
        (#"{"requestOutcomes": {"N": 10}}"#, "requestOutcomes.Y"),
    ])
    func figuresThatCannotBeUsedAreRefused(json: String, location: String) throws {
        let p = try ParameterFile.parse(Data(json.utf8), name: "mine.json", over: .england)
        #expect {
            try CohortGenerator(options: SynthOptions(children: 5, profile: location == "twentyWeekLASpread" ? .sampledLA : .england, parameters: p))
        } throws: { ($0 as? SynthError)?.location == location }
    }
}
