import Foundation
import Testing
import XLSXIO
@testable import SEN2Schema

@Suite("Reconcile linkage")
struct LinkageTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func precisionAndRecallOnPerturbedExtracts(seed: UInt64) {
        let population = TestCohort.persons(count: 6_000, seed: seed)
        let extra = TestCohort.persons(count: 400, seed: seed + 1000).map { p -> Person in
            var q = p
            q.upn = .absent
            q.uln = .absent
            return q
        }
        let (old, new, truth) = Perturbation().apply(to: population, extra: extra, seed: seed)
        let result = PersonLinker(old: old, new: new).link()
        let score = LinkScore(result, truth: truth)
        #expect(score.precision >= 0.99, "precision \(score.precision), wrong \(score.wrong.prefix(5).map { (old[$0.0].id!, new[$0.1].id!) })")
        #expect(score.recall >= 0.99, "recall \(score.recall), missed \(score.missed.prefix(5).map { old[$0].id! })")
    }
}

@Suite("Reconcile linkage rules")
struct LinkageRuleTests {
    typealias B = Build
    static let upnA = TestCohort.upn(1).text, upnB = TestCohort.upn(2).text

    func link(_ old: [Person], _ new: [Person]) -> LinkResult { PersonLinker(old: old, new: new).link() }

    @Test func eachStageLinksWithItsMethod() {
        let old = [B.person("o1", "Smith", "Amy", born: "2012-03-04", upn: Self.upnA),
                   B.person("o2", "Jones", "Ben", born: "2011-05-06", uln: "1000000043"),
                   B.person("o3", "Patel", "Riya", born: "2010-07-08"),
                   B.person("o4", "Walker", "Harriet", born: "2013-02-09", postcode: "N1 1AA")]
        let new = [B.person("n4", "WALKER", "Harriett", born: "2013-09-02", postcode: "N1 1AA"),
                   B.person("n3", "patel", "RIYA", born: "2010-07-08"),
                   B.person("n2", "Jones", "Benjamin", born: "2011-05-06", uln: "1000000043"),
                   B.person("n1", "Smith", "Amy", born: "2012-03-04", upn: Self.upnA)]
        let result = link(old, new)
        #expect(result.links.map { "\($0.old)-\($0.new)-\($0.method.rawValue)" } == ["0-3-upn", "1-2-uln", "2-1-name_dob", "3-0-fuzzy"])
        #expect(result.links[3].confidence > 0.79 && result.links[3].confidence < 1)
        #expect(result.onlyOld.isEmpty && result.onlyNew.isEmpty && result.ambiguous.isEmpty)
    }

    @Test func forenameAndSurnameSwappedAreLinked() {
        let result = link([B.person("o", "Grace", "Thomas", born: "2014-01-20", postcode: "E8 2PQ")],
                          [B.person("n", "Thomas", "Grace", born: "2014-01-20", postcode: "E8 2PQ")])
        #expect(result.links.map(\.method) == [.fuzzy])
    }

    @Test func aTwinIsNeverTakenForTheOtherTwin() {
        let old = [B.person("o1", "Okafor", "Jack", born: "2015-06-01", postcode: "SE15 4AB"),
                   B.person("o2", "Okafor", "Jake", born: "2015-06-01", postcode: "SE15 4AB")]
        let new = [B.person("n2", "Okafor", "Jake", born: "2015-06-01", postcode: "SE15 4AB")]
        let result = link(old, new)
        #expect(result.links.map { "\($0.old)-\($0.new)" } == ["1-0"])
        #expect(result.onlyOld == [0])
        // With Jake's own record gone, Jack is still not merged with him.
        let alone = link([old[0]], [B.person("n2", "Okafor", "Jake", born: "2015-06-01", postcode: "SE15 4AB")])
        #expect(alone.links.isEmpty && alone.onlyOld == [0] && alone.onlyNew == [0])
    }

    @Test func twoEquallyLikelyCandidatesAreAmbiguous() {
        let old = [B.person("o", "Smith", "Jon", born: "2012-02-02")]
        let new = [B.person("n1", "Smith", "John", born: "2012-02-02"), B.person("n2", "Smith", "Joan", born: "2012-02-02", sex: .male)]
        let result = link(old, new)
        #expect(result.links.isEmpty)
        #expect(result.ambiguous.map(\.candidates) == [[0, 1]])
        #expect(result.onlyNew.isEmpty && result.onlyOld.isEmpty)
    }

    @Test func aUPNOnTwoDifferentPeopleIsAmbiguous() {
        let result = link([B.person("o", "Hill", "Noah", born: "2011-01-01", upn: Self.upnA)],
                          [B.person("n", "Begum", "Maryam", born: "2016-09-30", sex: .female, upn: Self.upnA)])
        #expect(result.links.isEmpty && result.ambiguous.count == 1)
        #expect(result.ambiguous[0].reason.contains("UPN"))
    }

    @Test func aUPNRecordedTwiceIsSettledByNameAndBirthDate() {
        let old = [B.person("o", "Hill", "Noah", born: "2011-01-01", upn: Self.upnA)]
        let new = [B.person("n1", "Hill", "Oscar", born: "2014-04-04", upn: Self.upnA), B.person("n2", "Hill", "Noah", born: "2011-01-01", upn: Self.upnA)]
        let result = link(old, new)
        #expect(result.links.map { "\($0.new)-\($0.method.rawValue)" } == ["1-upn"])
        #expect(result.onlyNew == [0])
    }
}

@Suite("Reconcile through workbooks")
struct WorkbookLinkageTests {
    @Test func renamedHeadingsAndSheetsStillLink() throws {
        let population = TestCohort.persons(count: 2_000, seed: 11)
        let extra = TestCohort.persons(count: 100, seed: 1011).map { p -> Person in
            var q = p
            q.id = "X" + (p.id ?? "")
            q.upn = .absent
            q.uln = .absent
            return q
        }
        let (old, new, _) = Perturbation().apply(to: population, extra: extra, seed: 11)
        let oldPath = WrittenBook.temporaryPath("old.xlsx"), templatePath = WrittenBook.temporaryPath("new-template.xlsx")
        let newPath = WrittenBook.temporaryPath("new-system.xlsx")
        defer { for p in [oldPath, templatePath, newPath] { try? FileManager.default.removeItem(atPath: p) } }
        try TemplateWorkbook.write(SEN2Return(persons: old), year: .y2025, la: LACode("202"), to: oldPath)
        try TemplateWorkbook.write(SEN2Return(persons: new), year: .y2025, la: LACode("202"), to: templatePath)
        try Reheading.rewrite(templatePath, to: newPath)
        let readOld = try ReturnReader(year: .y2025).read(path: oldPath).sen2Return
        let (readNew, report) = try ReturnReader(year: .y2025).read(path: newPath)
        #expect(report.unknownColumns.isEmpty)
        #expect(readOld.persons.count == old.count && readNew.persons.count == new.count)
        // The truth, by ID: the new system's ID is "N-" and the old ID.
        let newIndex = Dictionary(uniqueKeysWithValues: readNew.persons.enumerated().map { ($0.element.id ?? "", $0.offset) })
        var truth: [Int: Int] = [:]
        for (i, p) in readOld.persons.enumerated() { if let j = newIndex["N-" + (p.id ?? "")] { truth[i] = j } }
        let result = PersonLinker(old: readOld.persons, new: readNew.persons).link()
        let score = LinkScore(result, truth: truth)
        #expect(score.precision >= 0.99 && score.recall >= 0.99, "precision \(score.precision), recall \(score.recall)")
        // Differences are found through the files too: every changed need shows up.
        let reconcile = ReconcileReport(old: readOld, new: readNew)
        #expect(reconcile.differencesByTable.contains { $0.table == .senNeeds && $0.count > 0 })
        #expect(reconcile.differencesByTable.contains { $0.table == .persons && $0.count > 0 })
    }
}

@Suite("Reconcile linkage on generated cohorts")
struct SynthLinkageTests {
    @Test(arguments: [2, 5] as [UInt64])
    func precisionAndRecallOnAPerturbedSynthCohort(seed: UInt64) throws {
        let population = try SynthCohort(children: 8_000, seed: seed).sen2Return.persons
        // Newcomers come from another cohort, without the identifiers that cohort numbers the same way.
        let extra = try SynthCohort(children: 400, seed: seed + 100).sen2Return.persons.map { p -> Person in
            var q = p
            q.upn = .absent
            q.uln = .absent
            return q
        }
        var perturbation = Perturbation()
        perturbation.missingUPNRate = 0.3
        let (old, new, truth) = perturbation.apply(to: population, extra: extra, seed: seed)
        let result = PersonLinker(old: old, new: new).link()
        let score = LinkScore(result, truth: truth)
        #expect(score.precision >= 0.99, "precision \(score.precision)")
        #expect(score.recall >= 0.99, "recall \(score.recall), ambiguous \(result.ambiguous.count)")
    }
}
