import Foundation
import Testing
@testable import SEN2Schema

@Suite("Rule catalogue")
struct CatalogueTests {
    /// The repository's root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// RULES.md is generated from the catalogue; regenerate it with
    /// `swift run sen2xl rules --format markdown > RULES.md` when this fails.
    @Test func rulesMarkdownIsUpToDate() throws {
        let committed = try String(contentsOf: Self.root.appendingPathComponent("RULES.md"), encoding: .utf8)
        #expect(committed == RuleCatalogue.standard.markdown(year: nil), "RULES.md is stale: run `swift run sen2xl rules > RULES.md`")
    }

    /// Changing a rule's id, severity, years or items must come with a new catalogue version,
    /// recorded here with the new fingerprint.
    @Test func versionMatchesTheRules() {
        #expect(RuleCatalogue.standard.fingerprint == Self.pinned[RuleCatalogue.version],
                "rules changed: bump RuleCatalogue.version and pin \(RuleCatalogue.standard.fingerprint) for it")
    }

    /// The fingerprint of each released catalogue version.
    static let pinned = ["1.0": "a019f00f7c8ccf5c", "1.1": "0ce1052a51657c42"]

    @Test func idsAreUniqueAndOnlyUPNRulesCarryDfENumbers() {
        let rules = RuleCatalogue.standard.rules
        #expect(Set(rules.map(\.id)).count == rules.count)
        for rule in rules {
            let numbered = rule.source.dfeNumber != nil
            #expect(numbered == ["1510", "1520", "1530", "1540", "1550"].contains(rule.id), "\(rule.id)")
            if numbered { #expect(rule.id == String(rule.source.dfeNumber!)) }
            #expect(!rule.title.isEmpty && !rule.years.isEmpty)
        }
    }

    @Test(arguments: [nil] + CollectionYear.allCases.map(Optional.some))
    func jsonListsTheYearsRules(year: CollectionYear?) throws {
        let text = RuleCatalogue.standard.json(year: year)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.count == RuleCatalogue.standard.rules(in: year).count)
        #expect(object["version"] as? String == RuleCatalogue.version)
        let upn = try #require(rules.first { $0["id"] as? String == "1510" })
        #expect(upn["dfeRule"] as? Int == 1510 && upn["severity"] as? String == "error")
    }

    @Test func yearListingsDiffer() {
        let y2024 = Set(RuleCatalogue.standard.rules(in: .y2024).map(\.id))
        let y2026 = Set(RuleCatalogue.standard.rules(in: .y2026).map(\.id))
        #expect(y2026.contains("SX206") && !y2024.contains("SX206"))
        #expect(y2026.contains("Source.DSCO.missing") && !y2024.contains("Source.DSCO.missing"))
        #expect(y2024.contains("SENneed.SENtype.otherYear"))
        #expect(RuleCatalogue.standard.markdown(year: .y2024).contains("for the 2024 collection"))
    }
}
