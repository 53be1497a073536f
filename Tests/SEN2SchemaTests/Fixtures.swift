import Foundation
import XLSXIO
@testable import SEN2Schema

/// Locates the committed fixtures and builds varied cohorts for round-trip tests.
enum Fixtures {
    /// `Tests/Fixtures/sen2`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sen2").path

    /// The path of a fixture.
    static func path(_ name: String) -> String { folder + "/" + name }

    /// The repository root.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "sen2schema-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// Deterministic cohorts that exercise every module, optional item and repetition, with only
/// the items a year collects.
enum TestCohort {
    static func make(persons count: Int, year: CollectionYear, seed: Int = 1) -> SEN2Return {
        let collects = { (item: Item) in year.declaration.collects(item) }
        var header = Header()
        header.lea = .value(LACode("202")!)
        header.dmo = .value(.yes)
        header.dco = .value(.recruiting)
        if collects(.dsco) { header.dsco = .value(.no) }
        var persons: [Person] = []
        let ethnicities = Ethnicity.allCases
        for i in 0..<count {
            let k = i &* 7 &+ seed
            var p = Person(id: "P\(i + 1)")
            p.surname = .value(["Smith", "O'Neil", "Åberg", "Nguyen & Co", "Lee"][k % 5])
            p.forename = .value(["Ann", "Bob", "Cleo", "Dev"][k % 4])
            p.birthDate = .value(CalendarDate(year: 2003 + k % 20, month: 1 + k % 12, day: 1 + k % 28))
            p.sex = .value(k % 2 == 0 ? .female : .male)
            p.ethnicity = .value(ethnicities[k % ethnicities.count])
            if k % 3 != 0 { p.postcode = .value(Postcode("SW1A 1AA")!) }
            switch k % 4 {
            case 0: p.upn = .value(UPN("B801200005001")!)
            case 1: p.uln = .value(ULN("1000000043")!)
            case 2: p.upnUnknown = .value(UPNUnknownReason.allCases[k % UPNUnknownReason.allCases.count])
            default: break
            }
            for r in 0..<(k % 3) {
                var q = Request(id: "R\(i + 1)-\(r + 1)")
                q.receivedDate = .value(CalendarDate(year: year.rawValue - 1, month: 1 + (k + r) % 12, day: 3))
                if collects(.requestSource) { q.source = .value(RequestSource.allCases[(k + r) % 5]) }
                q.youthCustody = .value(.no)
                q.outcome = .value(RequestOutcome.allCases[(k + r) % 5])
                q.outcomeDate = .value(CalendarDate(year: year.rawValue - 1, month: 12, day: 1))
                q.mediation = .value(YesNo((k + r) % 5 == 0))
                q.tribunal = .value(.no)
                if (k + r) % 11 == 0 { q.exportedTo = .value(LACode("203")!) }
                if (k + r) % 2 == 0 {
                    var a = Assessment()
                    a.outcome = .value(AssessmentOutcome.allCases[(k + r) % 5])
                    a.outcomeDate = .value(CalendarDate(year: year.rawValue - 1, month: 6, day: 15))
                    a.mediation = .value(.no)
                    a.week20Exception = .value(YesNo(k % 7 == 0))
                    if k % 4 != 3 {
                        var plan = NamedPlan()
                        plan.startDate = .value(CalendarDate(year: year.rawValue - 1, month: 6, day: 15))
                        for d in 0..<(k % 3) {
                            var detail = PlanDetail()
                            if d == 0 { detail.urn = .value(URN("10\(String(format: "%04d", k % 10_000))")!) } else {
                                detail.setting = .value(.otherTypeSpecified)
                                detail.settingOther = .value("special school <unnamed>")
                            }
                            detail.rank = .value(d == 0 ? .primary : .secondary)
                            plan.details.append(detail)
                        }
                        if k % 5 == 0 { plan.residential = .value(.weeks52) }
                        plan.personalBudget = .value(YesNo(k % 2 == 0))
                        if k % 6 == 0 { plan.directPayments = .value(.integrated) }
                        if k % 9 == 0 {
                            plan.ceaseDate = .value(CalendarDate(year: year.rawValue - 1, month: 11, day: 30))
                            plan.ceaseReason = .value(CeaseReason.allCases[k % 9])
                        }
                        a.namedPlan = plan
                    }
                    q.assessment = a
                }
                if (k + r) % 3 != 1 {
                    var active = ActivePlans()
                    if k % 10 == 0 { active.transferredFrom = .value(LACode("XXX")!) }
                    for n in 0..<(k % 4) {
                        var placement = PlacementDetail()
                        if n % 2 == 0 { placement.ukprn = .value(UKPRN("10012345")!) } else { placement.setting = .value(.neet) }
                        placement.rank = .value(n == 0 ? .primary : .secondary)
                        placement.entryDate = .value(CalendarDate(year: year.rawValue - 2, month: 9, day: 1))
                        if n == 2 { placement.leavingDate = .value(CalendarDate(year: year.rawValue - 1, month: 7, day: 20)) }
                        placement.senUnit = .value(.no)
                        if k % 5 == 1 { placement.residential = .value(.weeks38to51) }
                        placement.workBasedLearning = k % 8 == 0 ? .value(.supportedInternship) : .absent
                        active.placements.append(placement)
                    }
                    let types = SENType.allCases.filter { $0.isValid(in: year.rawValue) }
                    for n in 0..<(k % 3) {
                        var need = SENNeed()
                        need.type = .value(types[(k + n) % types.count])
                        need.rank = .value(n == 0 ? .primary : .secondary)
                        active.needs.append(need)
                    }
                    if collects(.reviewMeeting) && k % 2 == 0 { active.reviewMeeting = .value(CalendarDate(year: year.rawValue - 1, month: 10, day: 1)) }
                    if collects(.reviewOutcome) && k % 2 == 0 { active.reviewOutcome = .value(ReviewOutcome.allCases[k % 3]) }
                    if collects(.reviewDraft) && k % 6 == 0 { active.reviewDraft = .value(CalendarDate(year: year.rawValue - 1, month: 10, day: 20)) }
                    if collects(.phaseTransferDueDate) && k % 5 == 0 {
                        active.phaseTransferDueDate = .value(CalendarDate(year: year.rawValue, month: 2, day: 15))
                    }
                    active.lastReview = k % 2 == 0 ? .value(CalendarDate(year: year.rawValue - 1, month: 10, day: 8)) : .absent
                    q.activePlans = active
                }
                p.requests.append(q)
            }
            persons.append(p)
        }
        return SEN2Return(header: header, persons: persons)
    }
}

extension Person {
    /// The person without origins and workbook IDs, for comparing values only.
    var valuesOnly: Person {
        var p = self
        p.origin = .none
        p.id = nil
        p.requests = requests.map { r in
            var r = r
            r.origin = .none
            r.id = nil
            if var a = r.assessment {
                a.origin = .none
                if var plan = a.namedPlan {
                    plan.origin = .none
                    plan.details = plan.details.map { var d = $0; d.origin = .none; return d }
                    a.namedPlan = plan
                }
                r.assessment = a
            }
            if var active = r.activePlans {
                active.origin = .none
                active.placements = active.placements.map { var d = $0; d.origin = .none; return d }
                active.needs = active.needs.map { var d = $0; d.origin = .none; return d }
                r.activePlans = active
            }
            return r
        }
        return p
    }
}
