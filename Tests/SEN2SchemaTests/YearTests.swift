import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("Collection years")
struct YearTests {
    @Test(arguments: [(CollectionYear.y2024, "2024-01-18"), (.y2025, "2025-01-16"), (.y2026, "2026-01-15"), (.y2027, "2027-01-21")])
    func censusDays(_ year: CollectionYear, _ iso: String) {
        #expect(year.census.description == iso)
        #expect(year.census.weekday == 4)
        #expect(year.activityPeriod.lowerBound.description == "\(year.rawValue - 1)-01-01")
        #expect(year.activityPeriod.upperBound.description == "\(year.rawValue - 1)-12-31")
    }

    @Test func every2024To2026YearIsConfirmedAnd2027IsAssumed() {
        #expect(CollectionYear.y2026.isConfirmed)
        #expect(!CollectionYear.y2027.isConfirmed)
        #expect(CollectionYear.y2027.declaration.codeListYear == 2026)
        for module in Module.allCases {
            #expect(CollectionYear.y2027.declaration.entries(of: module) == CollectionYear.y2026.declaration.entries(of: module))
        }
    }

    @Test func requestSourceAndDSCOArrivedIn2025AndBecameCompulsoryIn2026() {
        let y24 = CollectionYear.y2024.declaration, y25 = CollectionYear.y2025.declaration, y26 = CollectionYear.y2026.declaration
        #expect(!y24.collects(.requestSource) && !y24.collects(.dsco))
        #expect(y25.requirement(of: .requestSource) == .voluntary && y25.requirement(of: .dsco) == .voluntary)
        #expect(y26.requirement(of: .dsco) == .required)
        if case .conditional = y26.requirement(of: .requestSource) {} else { Issue.record("RequestSource should be conditional in 2026") }
        #expect(y24.items(of: .requests).map(\.element) == ["ReceivedDate", "RYA", "RequestOutcomeDate", "RequestOutcome", "RequestMediation", "RequestTribunal", "Exported"])
        #expect(y25.spec(for: .rya)?.number == "2.3")
        #expect(y24.spec(for: .rya)?.number == "2.2")
    }

    @Test func lastReviewMovesEachYear() {
        let order = { (y: CollectionYear) in y.declaration.items(of: .activePlans).map(\.element) }
        #expect(order(.y2024) == ["TransferLA", "ReviewMeeting", "ReviewOutcome", "LastReview"])
        #expect(order(.y2025) == ["TransferLA", "ReviewMeeting", "LastReview", "ReviewOutcome", "ReviewDraft", "PhaseTransferDueDate", "PhaseTransferFinalDate"])
        #expect(order(.y2026) == ["TransferLA", "ReviewMeeting", "ReviewOutcome", "ReviewDraft", "PhaseTransferDueDate", "PhaseTransferFinalDate", "LastReview"])
    }

    @Test func childElementsSitBetweenItems() {
        let entries = CollectionYear.y2026.declaration.entries(of: .namedPlan)
        #expect(entries[1] == .child(.planDetail, max: 2))
        #expect(CollectionYear.y2026.declaration.entries(of: .activePlans)[1] == .child(.placementDetail, max: nil))
    }

    @Test(arguments: CollectionYear.allCases)
    func everyDeclaredItemBelongsToItsModuleOnce(_ year: CollectionYear) {
        var seen = Set<Item>()
        for module in Module.allCases {
            for case .item(let spec) in year.declaration.entries(of: module) {
                #expect(spec.item.module == module, "\(spec.item) is declared under \(module)")
                #expect(seen.insert(spec.item).inserted, "\(spec.item) is declared twice")
            }
        }
        #expect(seen == Set(Item.allCases), "every item is declared, collected or absent")
    }

    @Test func theCatalogueDescribesEveryItem() {
        #expect(ItemCatalog.entries.count == Item.allCases.count)
        for item in Item.allCases {
            #expect(!item.definition.isEmpty && !item.heading.isEmpty)
        }
        #expect(Item.planSENSetting.element == "SENsetting")
    }
}
