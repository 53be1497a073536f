import Foundation
import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("GIAS placements")
struct GIASTests {
    @Test func readsTheExportInWindows1252() throws {
        let gias = try GIASDirectory(path: Fixtures.gias)
        #expect(gias.count == 6)
        let school = try #require(gias[URN("100001")!])
        #expect(school.name == "St Thérèse of Lisieux Catholic Primary School")
        #expect(school.typeAndPhase == "Voluntary aided school – Primary")
        #expect(gias[URN("100004")!]?.typeAndPhase == "Academy special converter")
    }

    @Test(arguments: [("100001", PlacementGroup.mainstream), ("100002", .mainstream), ("100004", .special),
                      ("100005", .alternativeProvision), ("130001", .furtherEducation)])
    func establishmentTypesFallIntoThePublicationsGroups(_ urn: String, _ group: PlacementGroup) throws {
        #expect(try GIASDirectory(path: Fixtures.gias)[URN(urn)!]?.placementGroup == group)
    }

    @Test func urnsAreClassedByTypeAndPhaseAndGrouped() throws {
        let figures = ReturnSummary(SmallReturn.sen2Return, period: SmallReturn.period, gias: try GIASDirectory(path: Fixtures.gias)).figures
        let p = figures.caseload.placement
        #expect(p["Voluntary aided school – Primary"] == 1 && p["Academy converter – Secondary"] == 1 && p["Academy special converter"] == 1)
        #expect(p["URN"] == 0)
        let groups = try #require(figures.caseload.placementGroup)
        #expect(groups["Mainstream"] == 2 && groups["Special"] == 1 && groups["Early years"] == 1)
        #expect(groups["Educated elsewhere"] == 2 && groups["Placement not recorded"] == 1 && groups.total == 7)
    }

    @Test func aURNMissingFromGIASIsSaidSo() {
        let figures = ReturnSummary(SmallReturn.sen2Return, period: SmallReturn.period, gias: GIASDirectory()).figures
        #expect(figures.caseload.placement["URN not in GIAS"] == 3)
        #expect(figures.caseload.placementGroup?["URN not in GIAS"] == 3)
    }

    @Test func aFileWithoutTheColumnsIsRefusedWithTheirNames() throws {
        let path = NSTemporaryDirectory() + "not-gias-\(UUID().uuidString).csv"
        try "URN,Name\n100001,School\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect { try GIASDirectory(path: path) } throws: { error in
            (error as? XLSXError)?.message.contains("TypeOfEstablishment (name)") ?? false
        }
    }
}
