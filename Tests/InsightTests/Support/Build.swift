import XLSXIO
@testable import SEN2Schema

/// Builds model records in a line each, for hand-computed fixtures.
enum Build {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func person(_ id: String, _ surname: String, _ forename: String, born: String?, sex: Sex? = .male,
                       ethnicity: Ethnicity? = .wbri, upn: String? = nil, uln: String? = nil, postcode: String? = nil,
                       requests: [Request] = []) -> Person {
        var p = Person(id: id)
        p.surname = .value(surname)
        p.forename = .value(forename)
        p.birthDate = born.map { .value(date($0)) } ?? .absent
        p.sex = sex.map { .value($0) } ?? .absent
        p.ethnicity = ethnicity.map { .value($0) } ?? .absent
        p.upn = upn.map { .value(UPN($0)!) } ?? .absent
        p.uln = uln.map { .value(ULN($0)!) } ?? .absent
        p.postcode = postcode.map { .value(Postcode($0)!) } ?? .absent
        p.requests = requests
        return p
    }

    static func request(received: String? = nil, outcome: RequestOutcome? = .historical, decided: String? = nil,
                        assessment: Assessment? = nil, active: ActivePlans? = nil) -> Request {
        var r = Request()
        r.receivedDate = received.map { .value(date($0)) } ?? .absent
        r.outcome = outcome.map { .value($0) } ?? .absent
        r.outcomeDate = decided.map { .value(date($0)) } ?? .absent
        r.assessment = assessment
        r.activePlans = active
        return r
    }

    static func assessment(_ outcome: AssessmentOutcome? = .historical, on: String? = nil, week20: YesNo? = nil,
                           plan: NamedPlan? = nil) -> Assessment {
        var a = Assessment()
        a.outcome = outcome.map { .value($0) } ?? .absent
        a.outcomeDate = on.map { .value(date($0)) } ?? .absent
        a.week20Exception = week20.map { .value($0) } ?? .absent
        a.namedPlan = plan
        return a
    }

    static func plan(start: String?, cease: String? = nil, reason: CeaseReason? = nil) -> NamedPlan {
        var p = NamedPlan()
        p.startDate = start.map { .value(date($0)) } ?? .absent
        p.ceaseDate = cease.map { .value(date($0)) } ?? .absent
        p.ceaseReason = reason.map { .value($0) } ?? .absent
        return p
    }

    static func active(needs: [(SENType, Rank)] = [], placements: [PlacementDetail] = [], transferFrom: String? = nil) -> ActivePlans {
        var a = ActivePlans()
        a.needs = needs.map { type, rank in
            var n = SENNeed()
            n.type = .value(type)
            n.rank = .value(rank)
            return n
        }
        a.placements = placements
        a.transferredFrom = transferFrom.map { .value(LACode($0)!) } ?? .absent
        return a
    }

    enum Setting {
        case urn(String), ukprn(String), code(SENSetting)
    }

    static func placement(_ setting: Setting, rank: Rank = .primary, entry: String?, leaving: String? = nil) -> PlacementDetail {
        var p = PlacementDetail()
        switch setting {
        case .urn(let u): p.urn = .value(URN(u)!)
        case .ukprn(let u): p.ukprn = .value(UKPRN(u)!)
        case .code(let c): p.setting = .value(c)
        }
        p.rank = .value(rank)
        p.entryDate = entry.map { .value(date($0)) } ?? .absent
        p.leavingDate = leaving.map { .value(date($0)) } ?? .absent
        return p
    }

    /// A historical plan (decided before the period) that is still active, with its needs and placements.
    static func historicalPlan(start: String, cease: String? = nil, reason: CeaseReason? = nil, active: ActivePlans? = nil) -> Request {
        request(assessment: assessment(.historical, plan: plan(start: start, cease: cease, reason: reason)), active: active)
    }
}
