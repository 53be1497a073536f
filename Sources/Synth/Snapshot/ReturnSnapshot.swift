import SEN2Schema
import XLSXIO

/// Applies the collection rules of one year to a life story: which requests, assessments,
/// plans, placements and reviews the return contains, and how each is coded.
///
/// - A decision made before the activity year is historical (H) and carries no date; a
///   request whose decision was historical keeps its received date when the plan (or the
///   decision not to issue) came in the year, so the 20-week measure can be taken.
/// - A plan transferred in during the year is H at both stages and names the LA it came from.
/// - Placements that ended before the year are left out; reviews and phase transfers are
///   those of the year.
/// - Items the year does not collect (request source before 2025, review items before 2024,
///   draft and phase-transfer dates before 2025) are not written.
struct ReturnSnapshot: Sendable {
    let year: CollectionYear
    let calendar: SchoolCalendar

    /// The person as the return records them, with `id` as their Person ID.
    func person(_ story: LifeStory, id: String) -> Person {
        var person = Person(id: id)
        let facts = story.identity
        person.surname = .value(facts.surname)
        person.forename = .value(facts.forename)
        person.birthDate = .value(facts.birthDate)
        person.sex = .value(facts.sex)
        person.ethnicity = .value(facts.ethnicity)
        person.postcode = ReturnSnapshot.field(facts.postcode.flatMap(Postcode.init))
        person.upn = ReturnSnapshot.field(facts.upn.flatMap(UPN.init))
        person.uln = ReturnSnapshot.field(facts.uln.flatMap(ULN.init))
        person.upnUnknown = ReturnSnapshot.field(facts.upnUnknown)
        person.requests = story.episodes.enumerated().map { i, episode in
            request(episode, id: "\(id)-R\(i + 1)")
        }
        return person
    }

    private func request(_ e: RequestEpisode, id: String) -> Request {
        var r = Request(id: id)
        let collects = year.declaration.collects
        let historical: Bool
        switch e.step {
        case .assess(let date):
            historical = date < calendar.periodStart
            r.outcome = .value(historical ? .historical : .assess)
            if !historical { r.outcomeDate = .value(date) }
        case .refuse(let date):
            historical = false
            r.outcome = .value(.notAssess)
            r.outcomeDate = .value(date)
        case .undecided:
            historical = false
            r.outcome = .value(.awaiting)
        case .withdrawn:
            historical = false
            r.outcome = .value(.withdrawn)
        case .transferredIn:
            historical = true
            r.outcome = .value(.historical)
        }
        let assessmentInYear = e.assessment.map { decidedInYear($0.step) } ?? false
        if let received = e.received, !historical || assessmentInYear { r.receivedDate = .value(received) }
        if !historical {
            r.youthCustody = .value(YesNo(e.youthCustody))
            if collects(.requestSource) { r.source = .value(e.source) }
        }
        r.mediation = .value(YesNo(e.mediation))
        r.tribunal = .value(YesNo(e.tribunal))
        if let to = e.exportedTo { r.exportedTo = ReturnSnapshot.field(LACode(to)) }
        if let a = e.assessment {
            r.assessment = assessment(a)
            if let plan = a.plan, plan.ceased == nil { r.activePlans = activePlans(plan) }
        }
        return r
    }

    private func decidedInYear(_ step: AssessmentStep) -> Bool {
        switch step {
        case .issue(let d), .notIssue(let d): return d >= calendar.periodStart
        default: return false
        }
    }

    private func assessment(_ e: AssessmentEpisode) -> Assessment {
        var a = Assessment()
        switch e.step {
        case .issue(let date) where date >= calendar.periodStart:
            a.outcome = .value(.issue)
            a.outcomeDate = .value(date)
            a.week20Exception = .value(YesNo(e.exceptionsApply))
        case .issue, .transferredIn:
            a.outcome = .value(.historical)
        case .notIssue(let date):
            a.outcome = .value(date >= calendar.periodStart ? .notIssue : .historical)
            if date >= calendar.periodStart { a.outcomeDate = .value(date) }
        case .underway:
            a.outcome = .value(.awaiting)
        case .withdrawn:
            a.outcome = .value(.withdrawn)
        }
        a.mediation = .value(YesNo(e.mediation))
        a.tribunal = .value(YesNo(e.tribunal))
        a.otherMediation = .value(YesNo(e.otherMediation))
        a.otherTribunal = .value(YesNo(e.otherTribunal))
        if let plan = e.plan { a.namedPlan = namedPlan(plan) }
        return a
    }

    private func namedPlan(_ plan: PlanStory) -> NamedPlan {
        var n = NamedPlan()
        n.startDate = .value(plan.start)
        n.details = plan.named.enumerated().map { i, choice in
            var d = PlanDetail()
            ReturnSnapshot.identify(choice, urn: &d.urn, ukprn: &d.ukprn, setting: &d.setting, other: &d.settingOther,
                                    unit: &d.senUnit, resourced: &d.resourcedProvision)
            d.rank = .value(i == 0 ? .primary : .secondary)
            return d
        }
        n.residential = ReturnSnapshot.field(plan.residential)
        n.workBasedLearning = ReturnSnapshot.field(plan.workBased)
        n.personalBudget = .value(YesNo(plan.personalBudget))
        n.organisedArrangements = .value(YesNo(plan.organisedArrangements))
        n.directPayments = ReturnSnapshot.field(plan.directPayment)
        if let ceased = plan.ceased {
            n.ceaseDate = .value(ceased.date)
            n.ceaseReason = .value(ceased.reason)
        }
        return n
    }

    private func activePlans(_ plan: PlanStory) -> ActivePlans {
        var a = ActivePlans()
        let collects = year.declaration.collects
        if let from = plan.transferredFrom { a.transferredFrom = ReturnSnapshot.field(LACode(from)) }
        a.placements = plan.placements.filter { ($0.leaving ?? calendar.periodEnd) >= calendar.periodStart }.map { stint in
            var d = PlacementDetail()
            ReturnSnapshot.identify(stint.choice, urn: &d.urn, ukprn: &d.ukprn, setting: &d.setting, other: &d.settingOther,
                                    unit: &d.senUnit, resourced: &d.resourcedProvision)
            d.rank = .value(stint.rank)
            d.entryDate = .value(stint.entry)
            d.leavingDate = ReturnSnapshot.field(stint.leaving)
            if collects(.res) { d.residential = ReturnSnapshot.field(stint.residential) }
            if collects(.wbp) { d.workBasedLearning = ReturnSnapshot.field(stint.workBased) }
            return d
        }
        a.needs = plan.needs.enumerated().map { i, type in
            var need = SENNeed()
            need.type = .value(type)
            need.rank = .value(i == 0 ? .primary : .secondary)
            return need
        }
        if let review = plan.review {
            if collects(.reviewMeeting) { a.reviewMeeting = .value(review.meeting) }
            a.lastReview = .value(review.decision)
            if collects(.reviewOutcome) { a.reviewOutcome = .value(review.outcome) }
            if collects(.reviewDraft), let draft = review.draftIssued { a.reviewDraft = .value(draft) }
        }
        if let transfer = plan.phaseTransfer, collects(.phaseTransferDueDate) {
            a.phaseTransferDueDate = .value(transfer.due)
            a.phaseTransferFinalDate = .value(transfer.final)
        }
        return a
    }

    /// Fills exactly one of URN, UKPRN or SEN setting (with free text for "other" codes), and
    /// the unit and resourced-provision indicators for a URN or UKPRN.
    static func identify(_ choice: SettingChoice, urn: inout Field<URN>, ukprn: inout Field<UKPRN>, setting: inout Field<SENSetting>,
                         other: inout Field<String>, unit: inout Field<YesNo>, resourced: inout Field<YesNo>) {
        switch choice.kind.identification {
        case .urn:
            urn = field(choice.setting.flatMap { URN($0.identifier) })
        case .ukprn:
            ukprn = field(choice.setting.flatMap { UKPRN($0.identifier) })
        case .code(let code):
            setting = .value(code)
            other = field(choice.otherText)
            return
        }
        unit = .value(YesNo(choice.kind.isSENUnit))
        resourced = .value(YesNo(choice.kind.isResourcedProvision))
    }

    /// A field holding `value`, or absent.
    static func field<T: ItemValue>(_ value: T?) -> Field<T> { value.map(Field.value) ?? .absent }
}
