import SEN2Schema
import XLSXIO

extension LifeSimulator {
    /// A person in the return for a request of the activity year that has not (yet) led to a
    /// plan: refused, undecided, withdrawn, being assessed, not issued after assessment,
    /// withdrawn during assessment, or exported to another LA.
    func requestOnly(_ situation: Situation, _ p: inout Draws) -> LifeStory {
        let c = calibration
        let r = c.requests
        let age: Int
        let sex: Sex
        switch situation {
        case .refused:
            age = r.refusedAge.pick(p.u(.age))
            sex = r.refusedSex.pick(p.u(.sex))
        case .awaitingDecision, .requestWithdrawn:
            age = r.undecidedAge.pick(p.u(.age))
            sex = r.requestSex.pick(p.u(.sex))
        default:
            age = r.assessedAge.pick(p.u(.age))
            sex = r.requestSex.pick(p.u(.sex))
        }
        let ethnicity = c.ethnicity.pick(p.u(.ethnicity))
        // Born early enough that even a request on the first day of the year comes after birth.
        let birth = identities.birthDate(age: age, latest: calendar.periodStart.adding(days: -60), rng: &p.identity)
        let t = c.timing
        let end = calendar.periodEnd
        let decision = t.toRequestDecision.days(p.u(.timing), rng: &p.life)
        var episode = RequestEpisode(source: r.source.pick(using: &p.life), youthCustody: p.life.chance(c.parameters.youthCustodyRate),
                                     step: .undecided)
        switch situation {
        case .refused:
            let received = SchoolCalendar.day(between: calendar.periodStart, and: end.adding(days: -decision), rng: &p.life)
            episode.received = received
            episode.step = .refuse(received.adding(days: decision))
            // Mediation and tribunals linked to the request decision follow refusals.
            episode.mediation = p.life.chance(min(1, c.parameters.requestMediationRate / r.refusalShare))
            episode.tribunal = p.life.chance(min(1, c.parameters.requestTribunalRate / r.refusalShare))
        case .awaitingDecision:
            let waited = p.life.chance(0.85) ? p.life.integer(in: 0...55) : p.life.integer(in: 56...120)
            episode.received = end.adding(days: -waited)
        case .requestWithdrawn:
            episode.received = SchoolCalendar.day(between: calendar.periodStart, and: end.adding(days: -14), rng: &p.life)
            episode.step = .withdrawn
        case .beingAssessed:
            let toPlan = t.toPlan.days(using: &p.life)
            let from = CalendarDate.latest(calendar.periodStart, end.adding(days: 1 - toPlan))
            let received = SchoolCalendar.day(between: from, and: CalendarDate.latest(from, end.adding(days: -decision)), rng: &p.life)
            let decided = CalendarDate.earliest(received.adding(days: decision), end)
            episode.received = received
            episode.step = .assess(decided)
            episode.assessment = AssessmentEpisode(step: .underway)
        case .notIssued:
            let decided = SchoolCalendar.day(between: calendar.periodStart, and: end, rng: &p.life)
            // A long assessment for a baby must still start after the birth (a month after, at
            // the earliest); without this, about 1 in 300,000 requests came before the birth.
            let days = min(t.toNoPlanDecision.days(using: &p.life), birth.adding(days: 30).days(to: decided))
            let received = decided.adding(days: -days)
            episode.received = received
            episode.step = .assess(decisionDate(received: received, after: min(decision, days - 28)))
            var assessment = AssessmentEpisode(step: .notIssue(decided))
            assessment.mediation = p.life.chance(c.assumptions.assessmentMediationRate)
            assessment.tribunal = p.life.chance(c.assumptions.assessmentTribunalRate)
            episode.assessment = assessment
        case .assessmentWithdrawn:
            let received = SchoolCalendar.day(between: calendar.periodStart, and: end.adding(days: -decision - 30), rng: &p.life)
            episode.received = received
            episode.step = .assess(received.adding(days: decision))
            episode.assessment = AssessmentEpisode(step: .withdrawn)
        case .exported:
            let received = SchoolCalendar.day(between: calendar.periodStart, and: end.adding(days: -decision - 14), rng: &p.life)
            episode.received = received
            episode.step = .assess(received.adding(days: decision))
            episode.exportedTo = p.life.pick(otherLAs)
        case .caseload, .ceased:
            break
        }
        let schooling = LifeSimulator.schooling(kind: nil, age: age, rng: &p.identity)
        let noFurtherAction = (situation == .refused || situation == .requestWithdrawn) && p.identity.chance(0.3)
        let identity = identities.identity(index: p.index, birth: birth, sex: sex, ethnicity: ethnicity, schooling: schooling,
                                           mayBeNoFurtherAction: noFurtherAction, rng: &p.identity)
        return LifeStory(identity: identity, episodes: [episode])
    }
}
