import XLSXIO
@testable import SEN2Schema

/// Cases for every hand-written rule: each makes the rule fire on its cell with no other rule
/// firing, or shows a nearby value that must not fire it.
enum RuleCases {
    static let y2025on: [CollectionYear] = [.y2025, .y2026, .y2027]
    static let y2026on: [CollectionYear] = [.y2026, .y2027]

    static let all: [RuleCase] = header + identifiers + person + duplicates + requests + assessments + plans + settings + active + placements + needs

    static let header: [RuleCase] = [
        RuleCase("SX001", "other collection", .fires(.header, .collection)) { $0.ret.header.collection = .value("SEN3") },
        RuleCase("SX001", "lower-case sen2", .silent) { $0.ret.header.collection = .value("sen2") },
        RuleCase("SX002", "another year", .fires(.header, .year)) { $0.ret.header.year = .value(2019) },
        RuleCase("SX002", "the year checked", .silent) { $0.ret.header.year = .value($0.year.rawValue) },
        RuleCase("SX003", "day after census", .fires(.header, .referenceDate)) { $0.ret.header.referenceDate = .value($0.year.census.adding(days: 1)) },
        RuleCase("SX003", "census day", .silent) { $0.ret.header.referenceDate = .value($0.year.census) },
        RuleCase("SX004", "source level X", .fires(.header, .sourceLevel)) { $0.ret.header.sourceLevel = .value("X") },
        RuleCase("SX004", "source level l", .silent) { $0.ret.header.sourceLevel = .value("l") },
        RuleCase("SX005", "serial 1", .fires(.header, .serialNo)) { $0.ret.header.serialNo = .value("1") },
        RuleCase("SX005", "serial 001", .silent) { $0.ret.header.serialNo = .value("001") },
    ]

    static let identifiers: [RuleCase] = [
        RuleCase("SX101", "no identifier", .fires(.persons, .upn)) { $0.person.upn = .absent },
        RuleCase("SX101", "reason instead", .silent) { $0.person.upn = .absent; $0.person.upnUnknown = .value(.neverInStateSchool) },
        RuleCase("SX102", "reason with UPN", .fires(.persons, .upnUnknown)) { $0.person.upnUnknown = .value(.neverInStateSchool) },
        RuleCase("SX102", "reason with invalid ULN only", .silent) {
            $0.person.upn = .absent; $0.person.uln = .value(ULN("1234567890")!); $0.person.upnUnknown = .value(.neverInStateSchool)
        },
        RuleCase("SX103", "six characters", .fires(.persons, .upn)) { $0.set(.upn, .string("A12345")) },
        RuleCase("SX103", "spaces and lower case", .silent) { $0.set(.upn, .string(" " + $0.person.upn.text!.lowercased().replacingOccurrences(of: "0", with: "0 "))) },
        RuleCase("1510", "wrong check letter", .fires(.persons, .upn)) {
            let upn = $0.person.upn.text!
            $0.set(.upn, .string((upn.first == "A" ? "B" : "A") + upn.dropFirst()))
        },
        RuleCase("1510", "valid letter", .silent) { $0.person.upn = .value(ReturnFixture.upn("381200000017")) },
        RuleCase("1530", "LA 999", .fires(.persons, .upn)) { $0.person.upn = .value(ReturnFixture.upn("999400000001")) },
        RuleCase("1530", "pseudo LA 001", .silent) { $0.person.upn = .value(ReturnFixture.upn("001400000001")) },
        RuleCase("1540", "letter in body", .fires(.persons, .upn)) { $0.set(.upn, .string("A2024000X0001")) },
        RuleCase("1540", "digits", .silent) { $0.person.upn = .value(ReturnFixture.upn("202412345678")) },
        RuleCase("1550", "ends in I", .fires(.persons, .upn)) { $0.set(.upn, .string("A20240000001I")) },
        RuleCase("1550", "ends in A", .silent) { $0.person.upn = .value(ReturnFixture.upn("20240000001A")) },
        RuleCase("SX104", "temporary", .fires(.persons, .upn)) { $0.person.upn = .value(ReturnFixture.upn("20240000001A")) },
        RuleCase("SX104", "permanent", .silent) { _ in },
        RuleCase("SX105", "wrong check digit", .fires(.persons, .uniqueLearnerNumber)) {
            let good = ReturnFixture.uln("123456789").text
            $0.person.uln = .value(ULN(String(good.dropLast()) + (good.last == "1" ? "2" : "1"))!)
        },
        RuleCase("SX105", "valid ULN", .silent) { $0.person.uln = .value(ReturnFixture.uln("123456789")) },
        RuleCase("SX112", "UN1 at 10", .fires(.persons, .upnUnknown)) { f in f.person.upn = .absent; f.person.upnUnknown = .value(.under6) },
        RuleCase("SX112", "UN1 at 5", .silent) { f in
            f.person.upn = .absent; f.person.upnUnknown = .value(.under6); f.person.birthDate = .value(f.bornAged(4))
        },
    ]

    static let person: [RuleCase] = [
        RuleCase("SX106", "aged 27", .fires(.persons, .personBirthDate)) { $0.person.birthDate = .value($0.bornAged(27)) },
        RuleCase("SX106", "aged 25 with plan ceased", .silent) { $0.person.birthDate = .value($0.bornAged(25)); $0.cease(.maximumAge) },
        RuleCase("SX414", "aged 25 with plan in force", .fires(.namedPlans, .ceaseDate)) { $0.person.birthDate = .value($0.bornAged(25)) },
        RuleCase("SX414", "aged 24", .silent) { $0.person.birthDate = .value($0.bornAged(24)) },
        RuleCase("SX108", "no request", .fires(.persons, nil)) { $0.person.requests = [] },
        RuleCase("SX108", "one request", .silent) { _ in },
        RuleCase("SX109", "two plans in force", .fires(.namedPlans, .ceaseDate)) { f in
            var second = f.request
            second.id = "R9"
            second.assessment?.namedPlan?.startDate = .value(f.date(11, 1))
            f.person.requests.append(second)
        },
        RuleCase("SX109", "earlier plan ceased", .silent) { f in
            var second = f.request
            second.id = "R9"
            f.cease()
            second.assessment?.namedPlan?.startDate = .value(f.date(12, 2))
            f.person.requests.append(second)
        },
    ]

    static let duplicates: [RuleCase] = [
        RuleCase("1520", "same UPN", .fires(.persons, .upn)) { f in
            var other = ReturnFixture.person(1, year: f.year)
            other.upn = f.person.upn
            f.ret.persons.append(other)
        },
        RuleCase("1520", "different UPNs", .silent) { f in f.ret.persons.append(ReturnFixture.person(1, year: f.year)) },
        RuleCase("SX110", "same ULN", .fires(.persons, .uniqueLearnerNumber)) { f in
            f.person.uln = .value(ReturnFixture.uln("123456789"))
            var other = ReturnFixture.person(1, year: f.year)
            other.uln = f.person.uln
            f.ret.persons.append(other)
        },
        RuleCase("SX110", "different ULNs", .silent) { f in
            f.person.uln = .value(ReturnFixture.uln("123456789"))
            var other = ReturnFixture.person(1, year: f.year)
            other.uln = .value(ReturnFixture.uln("323456789"))
            f.ret.persons.append(other)
        },
        RuleCase("SX111", "same name and birth date", .fires(.persons, .surname)) { f in
            var other = ReturnFixture.person(1, year: f.year)
            other.surname = .value("SURNAME0 ")
            other.forename = f.person.forename
            other.birthDate = f.person.birthDate
            f.ret.persons.append(other)
        },
        RuleCase("SX111", "same name, other birth date", .silent) { f in
            var other = ReturnFixture.person(1, year: f.year)
            other.surname = f.person.surname
            other.forename = f.person.forename
            f.ret.persons.append(other)
        },
    ]

    static let requests: [RuleCase] = [
        RuleCase("SX201", "received missing", .fires(.requests, .receivedDate)) { $0.request.receivedDate = .absent },
        RuleCase("SX201", "historical", .silent) { f in
            f.request.receivedDate = .absent; f.request.outcome = .value(.historical); f.request.outcomeDate = .absent
        },
        RuleCase("SX202", "RYA missing", .fires(.requests, .rya)) { $0.request.youthCustody = .absent },
        RuleCase("SX202", "historical", .silent) { f in
            f.request.youthCustody = .absent; f.request.outcome = .value(.historical); f.request.outcomeDate = .absent
        },
        RuleCase("SX203", "Y without date", .fires(.requests, .requestOutcomeDate)) { $0.request.outcomeDate = .absent },
        RuleCase("SX203", "W without date", .silent) { f in
            f.request.outcomeDate = .absent; f.request.outcome = .value(.withdrawn); f.dropAfterRequest()
        },
        RuleCase("SX204", "A with date", .fires(.requests, .requestOutcomeDate)) { f in f.request.outcome = .value(.awaiting); f.dropAfterRequest() },
        RuleCase("SX204", "A without date", .silent) { f in
            f.request.outcome = .value(.awaiting); f.request.outcomeDate = .absent; f.dropAfterRequest()
        },
        RuleCase("SX205", "decided before received", .fires(.requests, .requestOutcomeDate)) { $0.request.outcomeDate = .value($0.date(2, 2)) },
        RuleCase("SX205", "decided the day received", .silent) { $0.request.outcomeDate = .value($0.date(2, 3)) },
        RuleCase("SX206", "source missing", years: y2026on, .fires(.requests, .requestSource)) { $0.request.source = .absent },
        RuleCase("SX206", "received before the period", years: y2026on, .silent) { f in
            f.request.source = .absent; f.request.receivedDate = .value(f.earlier(1, 12, 20))
        },
        RuleCase("SX206", "voluntary in 2025", years: [.y2025], .silent) { $0.request.source = .absent },
        RuleCase("SX207", "source 5", years: y2025on, .fires(.requests, .requestSource)) { $0.request.source = .value(.other) },
        RuleCase("SX207", "source 1", years: y2025on, .silent) { $0.request.source = .value(.youngPersonOrParent) },
        RuleCase("SX208", "W with assessment", .fires(.requests, .requestOutcome)) { f in
            f.request.outcome = .value(.withdrawn); f.request.outcomeDate = .absent
        },
        RuleCase("SX208", "W alone", .silent) { f in f.request.outcome = .value(.withdrawn); f.request.outcomeDate = .absent; f.dropAfterRequest() },
        RuleCase("SX209", "N then assessed", .fires(.requests, .requestOutcome)) { $0.request.outcome = .value(.notAssess) },
        RuleCase("SX209", "N overturned at mediation", .silent) { f in f.request.outcome = .value(.notAssess); f.request.mediation = .value(.yes) },
        RuleCase("SX210", "Y with no assessment", .fires(.requests, .requestOutcome)) { $0.dropAfterRequest() },
        RuleCase("SX210", "Y with assessment", .silent) { _ in },
        RuleCase("SX211", "exported with assessment", .fires(.requests, .exported)) { $0.request.exportedTo = .value(LACode("203")!) },
        RuleCase("SX211", "exported alone", .silent) { f in f.request.exportedTo = .value(LACode("203")!); f.dropAfterRequest() },
        RuleCase("SX212", "exported to own LA", .fires(.requests, .exported)) { f in f.request.exportedTo = .value(LACode("202")!); f.dropAfterRequest() },
        RuleCase("SX212", "transferred in from another LA", .silent) { $0.active.transferredFrom = .value(LACode("203")!) },
        RuleCase("SX213", "Y decided before the period", .fires(.requests, .requestOutcome)) { f in
            f.request.receivedDate = .value(f.earlier(1, 11, 1)); f.request.outcomeDate = .value(f.earlier(1, 12, 1))
            f.assessment.week20Exception = .value(.yes)
        },
        RuleCase("SX213", "H decided before the period", .silent) { f in
            f.request.receivedDate = .value(f.earlier(1, 11, 1)); f.request.outcomeDate = .value(f.earlier(1, 12, 1))
            f.request.outcome = .value(.historical); f.assessment.week20Exception = .value(.yes)
        },
        RuleCase("SX214", "H dated in the period", .fires(.requests, .requestOutcome)) { f in
            f.request.outcome = .value(.historical); f.request.receivedDate = .value(f.earlier(1, 6, 1)); f.assessment.week20Exception = .value(.yes)
        },
        RuleCase("SX214", "H undated", .silent) { f in f.request.outcome = .value(.historical); f.request.outcomeDate = .absent },
        RuleCase("SX215", "received before birth", .fires(.requests, .receivedDate)) { $0.person.birthDate = .value($0.date(2, 10)) },
        RuleCase("SX215", "born the day before", .silent) { $0.person.birthDate = .value($0.date(2, 2)) },
        RuleCase("SX216", "H received in the period", .fires(.requests, .requestOutcome)) { f in
            f.request.outcome = .value(.historical); f.request.outcomeDate = .absent
        },
        RuleCase("SX216", "H received before the period", .silent) { f in
            f.request.outcome = .value(.historical); f.request.outcomeDate = .absent; f.request.receivedDate = .value(f.earlier(1, 6, 1))
            f.assessment.week20Exception = .value(.yes)
        },
    ]

    static let assessments: [RuleCase] = [
        RuleCase("SX301", "N without date", .fires(.assessments, .assessmentOutcomeDate)) { f in
            f.assessment.outcome = .value(.notIssue); f.assessment.outcomeDate = .absent; f.assessment.namedPlan = nil; f.request.activePlans = nil
        },
        RuleCase("SX301", "Y without date (not yet issued)", .silent) { f in
            f.assessment.outcomeDate = .absent; f.assessment.namedPlan = nil; f.request.activePlans = nil
        },
        RuleCase("SX302", "A with date", .fires(.assessments, .assessmentOutcomeDate)) { f in
            f.assessment.outcome = .value(.awaiting); f.assessment.namedPlan = nil; f.request.activePlans = nil
        },
        RuleCase("SX302", "A without date", .silent) { f in
            f.assessment.outcome = .value(.awaiting); f.assessment.outcomeDate = .absent; f.assessment.namedPlan = nil; f.request.activePlans = nil
        },
        RuleCase("SX303", "H dated in the period", .fires(.assessments, .assessmentOutcome)) { $0.assessment.outcome = .value(.historical) },
        RuleCase("SX303", "H undated", .silent) { f in f.assessment.outcome = .value(.historical); f.assessment.outcomeDate = .absent },
        RuleCase("SX304", "issued before the decision to assess", .fires(.assessments, .assessmentOutcomeDate)) {
            $0.assessment.outcomeDate = .value($0.date(3, 9))
        },
        RuleCase("SX304", "issued the day of the decision", .silent) { $0.assessment.outcomeDate = .value($0.date(3, 10)) },
        RuleCase("SX305", "N with a plan", .fires(.assessments, .assessmentOutcome)) { $0.assessment.outcome = .value(.notIssue) },
        RuleCase("SX305", "Y with a plan", .silent) { _ in },
        RuleCase("SX306", "issued with no plan", .fires(.assessments, .assessmentOutcome)) { f in
            f.assessment.namedPlan = nil; f.request.activePlans = nil
        },
        RuleCase("SX306", "not yet issued", .silent) { f in
            f.assessment.namedPlan = nil; f.assessment.outcomeDate = .absent; f.request.activePlans = nil
        },
        RuleCase("SX307", "Week20 missing", .fires(.assessments, .week20)) { $0.assessment.week20Exception = .absent },
        RuleCase("SX307", "Week20 missing, not yet issued", .silent) { f in
            f.assessment.week20Exception = .absent; f.assessment.outcomeDate = .absent; f.assessment.namedPlan = nil; f.request.activePlans = nil
        },
        RuleCase("SX308", "issued at 20 weeks and a day", .fires(.assessments, .assessmentOutcomeDate)) {
            $0.assessment.outcomeDate = .value($0.date(2, 3).adding(days: 141))
        },
        RuleCase("SX308", "issued at exactly 20 weeks", .silent) { $0.assessment.outcomeDate = .value($0.date(2, 3).adding(days: 140)) },
        RuleCase("SX308", "21 weeks with exception", .silent) { f in
            f.assessment.outcomeDate = .value(f.date(6, 30)); f.assessment.week20Exception = .value(.yes)
        },
        RuleCase("SX309", "Y decided before the period", .fires(.assessments, .assessmentOutcome)) { f in
            f.request.outcome = .value(.historical); f.request.outcomeDate = .absent; f.request.receivedDate = .absent
            f.request.youthCustody = .absent; f.assessment.outcomeDate = .value(f.earlier(1, 12, 1)); f.plan.startDate = .value(f.earlier(1, 12, 1))
        },
        RuleCase("SX309", "H decided before the period", .silent) { f in
            f.request.outcome = .value(.historical); f.request.outcomeDate = .absent; f.request.receivedDate = .absent
            f.assessment.outcome = .value(.historical); f.assessment.outcomeDate = .absent; f.plan.startDate = .value(f.earlier(1, 12, 1))
        },
    ]

    static let plans: [RuleCase] = [
        RuleCase("SX401", "start missing", .fires(.namedPlans, .startDate)) { $0.plan.startDate = .absent },
        RuleCase("SX401", "start given", .silent) { _ in },
        RuleCase("SX402", "ceased without reason", .fires(.namedPlans, .ceaseReason)) { $0.plan.ceaseDate = .value($0.date(12, 1)) },
        RuleCase("SX402", "ceased with reason", .silent) { $0.cease() },
        RuleCase("SX403", "reason without date", .fires(.namedPlans, .ceaseDate)) { $0.plan.ceaseReason = .value(.higherEducation) },
        RuleCase("SX403", "neither", .silent) { _ in },
        RuleCase("SX404", "ceased before start", .fires(.namedPlans, .ceaseDate)) { f in
            f.plan.ceaseDate = .value(f.date(6, 15)); f.plan.ceaseReason = .value(.needsMetWithoutPlan)
        },
        RuleCase("SX404", "ceased the day it started", .silent) { f in
            f.plan.ceaseDate = .value(f.date(6, 16)); f.plan.ceaseReason = .value(.needsMetWithoutPlan)
        },
        RuleCase("SX405", "reason 9", .fires(.namedPlans, .ceaseReason)) { $0.cease(.other) },
        RuleCase("SX405", "reason 2", .silent) { $0.cease(.needsMetWithoutPlan) },
        RuleCase("SX406", "ceased before the period", .fires(.namedPlans, .ceaseDate)) { f in
            f.request.outcome = .value(.historical); f.request.outcomeDate = .absent; f.request.receivedDate = .absent; f.request.youthCustody = .absent
            f.assessment.outcome = .value(.historical); f.assessment.outcomeDate = .absent
            f.plan.startDate = .value(f.earlier(3, 1, 1)); f.plan.ceaseDate = .value(f.earlier(1, 12, 31)); f.plan.ceaseReason = .value(.needsMetWithoutPlan)
        },
        RuleCase("SX406", "ceased on the first day of the period", .silent) { f in
            f.plan.ceaseDate = .value(f.date(6, 16)); f.plan.ceaseReason = .value(.needsMetWithoutPlan)
        },
        RuleCase("SX407", "PB missing", .fires(.namedPlans, .pb)) { $0.plan.personalBudget = .absent },
        RuleCase("SX407", "PB 0", .silent) { _ in },
        RuleCase("SX408", "OA missing with budget", .fires(.namedPlans, .oa)) { $0.plan.personalBudget = .value(.yes) },
        RuleCase("SX408", "OA 0 with budget", .silent) { f in f.plan.personalBudget = .value(.yes); f.plan.organisedArrangements = .value(.no) },
        RuleCase("SX409", "OA 1 without budget", .fires(.namedPlans, .oa)) { $0.plan.organisedArrangements = .value(.yes) },
        RuleCase("SX409", "direct payments without budget", .fires(.namedPlans, .dp)) { $0.plan.directPayments = .value(.education) },
        RuleCase("SX409", "OA 0 without budget", .silent) { $0.plan.organisedArrangements = .value(.no) },
        RuleCase("SX410", "three settings", .fires(.planDetails, nil, also: ["SX412"])) { f in
            var second = f.detail
            second.rank = .value(.secondary)
            f.plan.details += [second, second]
        },
        RuleCase("SX410", "two settings", .silent) { f in
            var second = f.detail
            second.rank = .value(.secondary)
            f.plan.details.append(second)
        },
        RuleCase("SX411", "no setting", .fires(.namedPlans, nil)) { $0.plan.details = [] },
        RuleCase("SX411", "one setting", .silent) { _ in },
        RuleCase("SX412", "two primaries", .fires(.planDetails, .planPlacementRank)) { f in f.plan.details.append(f.detail) },
        RuleCase("SX412", "primary and secondary", .silent) { f in
            var second = f.detail
            second.rank = .value(.secondary)
            f.plan.details.append(second)
        },
        RuleCase("SX413", "secondary alone", .fires(.planDetails, .planPlacementRank)) { $0.detail.rank = .value(.secondary) },
        RuleCase("SX413", "primary alone", .silent) { _ in },
    ]

    static let settings: [RuleCase] = [
        RuleCase("SX420", "nothing identifies the setting", .fires(.planDetails, .planURN)) { $0.detail.urn = .absent },
        RuleCase("SX420", "setting type only", .silent) { f in f.detail.urn = .absent; f.detail.setting = .value(.otherLA) },
        RuleCase("SX421", "URN and UKPRN", .fires(.placementDetails, .placementURN)) { $0.placement.ukprn = .value(UKPRN("10012345")!) },
        RuleCase("SX421", "UKPRN only", .silent) { f in f.placement.urn = .absent; f.placement.ukprn = .value(UKPRN("10012345")!) },
        RuleCase("SX422", "plan names NEET", .fires(.planDetails, .planSENSetting)) { f in f.detail.urn = .absent; f.detail.setting = .value(.neet) },
        RuleCase("SX422", "plan names EHE", .silent) { f in f.detail.urn = .absent; f.detail.setting = .value(.electiveHomeEducation) },
        RuleCase("SX423", "OTH", .fires(.placementDetails, .placementSENSetting)) { f in
            f.placement.urn = .absent; f.placement.setting = .value(.otherTypeSpecified); f.placement.settingOther = .value("special school")
        },
        RuleCase("SX423", "OLA", .silent) { f in f.placement.urn = .absent; f.placement.setting = .value(.otherLA) },
        RuleCase("SX424", "NIEO", .fires(.placementDetails, .placementSENSetting)) { f in
            f.placement.urn = .absent; f.placement.setting = .value(.notInEducationOther); f.placement.settingOther = .value("awaiting a place")
        },
        RuleCase("SX424", "NIEC", .silent) { f in f.placement.urn = .absent; f.placement.setting = .value(.noticeToCease) },
        RuleCase("SX425", "OTH without description", .fires(.planDetails, .planSENSettingOther, also: ["SX423"])) { f in
            f.detail.urn = .absent; f.detail.setting = .value(.otherTypeSpecified)
        },
        RuleCase("SX425", "OTH with description", .silent) { f in
            f.detail.urn = .absent; f.detail.setting = .value(.otherTypeSpecified); f.detail.settingOther = .value("special school")
        },
        RuleCase("SX426", "unit indicator missing", .fires(.planDetails, .planSENUnitIndicator)) { $0.detail.senUnit = .absent },
        RuleCase("SX426", "no indicators for a setting type", .silent) { f in
            f.placement.urn = .absent; f.placement.setting = .value(.otherLA); f.placement.senUnit = .absent; f.placement.resourcedProvision = .absent
        },
    ]

    static let active: [RuleCase] = [
        RuleCase("SX501", "plan in force, no active plan", .fires(.namedPlans, nil)) { $0.request.activePlans = nil },
        RuleCase("SX501", "ceased plan, no active plan", .silent) { f in f.request.activePlans = nil; f.cease() },
        RuleCase("SX511", "active plan, no plan", .fires(.activePlans, nil)) { f in f.assessment.namedPlan = nil; f.assessment.outcomeDate = .absent },
        RuleCase("SX511", "active plan with plan", .silent) { _ in },
        RuleCase("SX502", "no placement", .fires(.activePlans, nil)) { $0.active.placements = [] },
        RuleCase("SX502", "no placement, plan ceased", .silent) { f in f.active.placements = []; f.cease() },
        RuleCase("SX503", "no need", .fires(.activePlans, nil)) { $0.active.needs = [] },
        RuleCase("SX503", "no need, plan ceased", .silent) { f in f.active.needs = []; f.cease() },
        RuleCase("SX505", "decision before meeting", .fires(.activePlans, .lastReview)) { f in
            f.active.reviewMeeting = .value(f.date(11, 10)); f.active.lastReview = .value(f.date(11, 1)); f.active.reviewOutcome = .value(.maintain)
        },
        RuleCase("SX505", "decision the day of the meeting", .silent) { f in
            f.active.reviewMeeting = .value(f.date(11, 10)); f.active.lastReview = .value(f.date(11, 10)); f.active.reviewOutcome = .value(.maintain)
        },
        RuleCase("SX506", "decision without meeting", years: y2025on, .fires(.activePlans, .reviewMeeting)) { f in
            f.active.lastReview = .value(f.date(11, 10)); f.active.reviewOutcome = .value(.maintain)
        },
        RuleCase("SX506", "decision without meeting in 2024", years: [.y2024], .silent) { f in
            f.active.lastReview = .value(f.date(11, 10)); f.active.reviewOutcome = .value(.maintain)
        },
        RuleCase("SX507", "decision date without decision", years: y2025on, .fires(.activePlans, .reviewOutcome)) { f in
            f.active.reviewMeeting = .value(f.date(11, 1)); f.active.lastReview = .value(f.date(11, 10))
        },
        RuleCase("SX507", "decision without its date", years: y2025on, .fires(.activePlans, .lastReview)) { f in
            f.active.reviewMeeting = .value(f.date(11, 1)); f.active.reviewOutcome = .value(.maintain)
        },
        RuleCase("SX507", "complete review", years: y2025on, .silent) { f in
            f.active.reviewMeeting = .value(f.date(11, 1)); f.active.lastReview = .value(f.date(11, 10)); f.active.reviewOutcome = .value(.maintain)
        },
        RuleCase("SX508", "amend without draft", years: y2026on, .fires(.activePlans, .reviewDraft)) { f in
            f.active.reviewMeeting = .value(f.date(11, 1)); f.active.lastReview = .value(f.date(11, 10)); f.active.reviewOutcome = .value(.amend)
        },
        RuleCase("SX508", "amend with draft", years: y2026on, .silent) { f in
            f.active.reviewMeeting = .value(f.date(11, 1)); f.active.lastReview = .value(f.date(11, 10)); f.active.reviewOutcome = .value(.amend)
            f.active.reviewDraft = .value(f.date(12, 1))
        },
        RuleCase("SX508", "amend without draft in 2025", years: [.y2025], .silent) { f in
            f.active.reviewMeeting = .value(f.date(11, 1)); f.active.lastReview = .value(f.date(11, 10)); f.active.reviewOutcome = .value(.amend)
        },
        RuleCase("SX509", "draft after maintain", years: y2025on, .fires(.activePlans, .reviewDraft)) { f in
            f.active.reviewMeeting = .value(f.date(11, 1)); f.active.lastReview = .value(f.date(11, 10)); f.active.reviewOutcome = .value(.maintain)
            f.active.reviewDraft = .value(f.date(12, 1))
        },
        RuleCase("SX509", "draft after amend", years: y2025on, .silent) { f in
            f.active.reviewMeeting = .value(f.date(11, 1)); f.active.lastReview = .value(f.date(11, 10)); f.active.reviewOutcome = .value(.amend)
            f.active.reviewDraft = .value(f.date(12, 1))
        },
        RuleCase("SX510", "final without due", years: y2025on, .fires(.activePlans, .phaseTransferDueDate)) { $0.active.phaseTransferFinalDate = .value($0.date(3, 1)) },
        RuleCase("SX512", "transferred in with outcome Y", .fires(.assessments, .assessmentOutcome)) {
            $0.active.transferredFrom = .value(LACode("203")!)
        },
        RuleCase("SX512", "transferred in with outcome H", .silent) { f in
            f.active.transferredFrom = .value(LACode("203")!); f.assessment.outcome = .value(.historical); f.assessment.outcomeDate = .absent
        },
        RuleCase("SX510", "final with due", years: y2025on, .silent) { f in
            f.active.phaseTransferFinalDate = .value(f.date(3, 1)); f.active.phaseTransferDueDate = .value(f.date(2, 15))
        },
    ]

    static let placements: [RuleCase] = [
        RuleCase("SX520", "left before starting", .fires(.placementDetails, .leavingDate)) { $0.placement.leavingDate = .value($0.date(8, 31)) },
        RuleCase("SX520", "left the day it started", .silent) { $0.placement.leavingDate = .value($0.date(9, 1)) },
        RuleCase("SX521", "two open primaries", .fires(.placementDetails, .placementRank)) { f in f.active.placements.append(f.placement) },
        RuleCase("SX521", "ended primary and open primary", .silent) { f in
            var old = f.placement
            old.entryDate = .value(f.date(1, 6)); old.leavingDate = .value(f.date(7, 20))
            f.active.placements.insert(old, at: 0)
        },
        RuleCase("SX522", "open secondary alone", .fires(.placementDetails, .placementRank)) { $0.placement.rank = .value(.secondary) },
        RuleCase("SX522", "open primary", .silent) { _ in },
        RuleCase("SX523", "NEET at 10", .fires(.placementDetails, .placementSENSetting)) { f in
            f.placement.urn = .absent; f.placement.setting = .value(.neet); f.placement.senUnit = .absent; f.placement.resourcedProvision = .absent
        },
        RuleCase("SX523", "NEET at 17", .silent) { f in
            f.person.birthDate = .value(f.bornAged(17)); f.placement.urn = .absent; f.placement.setting = .value(.neet)
        },
        RuleCase("SX524", "ended before the period", .fires(.placementDetails, .leavingDate), { f in
            var old = f.placement
            old.entryDate = .value(f.earlier(2, 9, 1)); old.leavingDate = .value(f.earlier(1, 7, 20)); old.rank = .value(.primary)
            f.active.placements.insert(old, at: 0)
        }),
        RuleCase("SX524", "ended in the period", .silent) { f in
            var old = f.placement
            old.entryDate = .value(f.earlier(2, 9, 1)); old.leavingDate = .value(f.date(7, 20))
            f.active.placements.insert(old, at: 0)
        },
    ]

    static let needs: [RuleCase] = [
        RuleCase("SX530", "three needs", .fires(.senNeeds, .senType, also: ["SX532"])) { f in
            var second = SENNeed()
            second.type = .value(.speechLanguageCommunication); second.rank = .value(.secondary)
            var third = second
            third.type = .value(.moderateLearning)
            f.active.needs += [second, third]
        },
        RuleCase("SX530", "two needs", .silent) { f in
            var second = SENNeed()
            second.type = .value(.speechLanguageCommunication); second.rank = .value(.secondary)
            f.active.needs.append(second)
        },
        RuleCase("SX531", "ASD twice", .fires(.senNeeds, .senType)) { f in
            var second = f.need
            second.rank = .value(.secondary)
            f.active.needs.append(second)
        },
        RuleCase("SX531", "ASD and SLCN", .silent) { f in
            var second = SENNeed()
            second.type = .value(.speechLanguageCommunication); second.rank = .value(.secondary)
            f.active.needs.append(second)
        },
        RuleCase("SX532", "two primaries", .fires(.senNeeds, .senTypeRank)) { f in
            var second = SENNeed()
            second.type = .value(.speechLanguageCommunication); second.rank = .value(.primary)
            f.active.needs.append(second)
        },
        RuleCase("SX532", "primary and secondary", .silent) { f in
            var second = SENNeed()
            second.type = .value(.speechLanguageCommunication); second.rank = .value(.secondary)
            f.active.needs.append(second)
        },
        RuleCase("SX533", "secondary alone", .fires(.senNeeds, .senTypeRank)) { $0.need.rank = .value(.secondary) },
        RuleCase("SX533", "primary alone", .silent) { _ in },
    ]
}
