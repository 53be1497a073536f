import SEN2Schema
import XLSXIO

extension LifeSimulator {
    /// A person whose plan is in force on the census day: age, sex, need, setting and years in
    /// place as the caseload has them; a plan issued in the year comes with its request and
    /// assessment, timed to the 20-week split; an older plan or one transferred in is historical.
    func caseload(_ p: inout Draws) -> LifeStory {
        let c = calibration
        let age = c.caseloadAge.pick(p.u(.age))
        let sex = c.caseloadSex.pick(p.u(.sex))
        let needs = needs(age: age, sex: sex, u: p.u(.need), rng: &p.life)
        let kind = c.settings.byAgeAndNeed[age][needIndex(needs[0])].pick(p.u(.setting))
        let years = c.durations.byAge[age].pick(p.u(.duration))
        let ethnicity = c.ethnicity.pick(p.u(.ethnicity))
        let birth = identities.birthDate(age: age, rng: &p.identity)

        let transferredIn = years == 0 && p.life.chance(c.durations.transferInShareByAge[age])
        let start = planStart(years: years, birth: birth, rng: &p.life)
        var episode: RequestEpisode
        var plan = PlanStory(start: start, named: [])
        var fromLA: String?
        if transferredIn {
            let from = p.life.pick(otherLAs)
            fromLA = from
            plan.transferredFrom = from
            episode = RequestEpisode(source: .youngPersonOrParent, youthCustody: false, step: .transferredIn,
                                     assessment: AssessmentEpisode(step: .transferredIn))
        } else {
            episode = requestBehind(planStart: start, birth: birth, u: p.u(.timing), rng: &p.life)
        }
        let built = placements.placements(kind: kind, age: age, birth: birth, notBefore: transferredIn ? start : nil, rng: &p.settings)
        plan.placements = built.placements
        plan.named = built.named
        plan.residential = built.residential
        plan.workBased = built.workBased
        plan.needs = needs
        personalBudget(&plan, rng: &p.life)
        if !transferredIn { plan.review = reviews.review(planStart: start, rng: &p.life) }
        plan.phaseTransfer = reviews.phaseTransfer(age: age, planStart: start, rng: &p.life)
        let a = c.assumptions
        episode.assessment?.otherMediation = p.life.chance(a.otherMediationRate)
        episode.assessment?.otherTribunal = p.life.chance(a.otherTribunalRate)
        episode.assessment?.plan = plan

        let schooling = LifeSimulator.schooling(kind: kind, age: age, rng: &p.identity)
        let identity = identities.identity(index: p.index, birth: birth, sex: sex, ethnicity: ethnicity, schooling: schooling,
                                           upnLA: fromLA, rng: &p.identity)
        return LifeStory(identity: identity, episodes: [episode])
    }

    /// The start of a plan `years` years old on the census day, never before the person was
    /// two months old nor after the activity year.
    func planStart(years: Int, birth: CalendarDate, rng: inout SplitMix64) -> CalendarDate {
        let census = calendar.referenceDate
        let newest = years == 12 ? census.adding(days: -365 * 12 - 1) : census.adding(days: -365 * years - (years == 0 ? 0 : 1))
        let oldest = years == 12 ? census.adding(days: -365 * 16) : census.adding(days: -365 * (years + 1) + 1)
        let earliestPossible = birth.adding(days: 60)
        let from = CalendarDate.latest(oldest, earliestPossible)
        let to = CalendarDate.earliest(CalendarDate.latest(newest, from), calendar.periodEnd)
        return SchoolCalendar.day(between: CalendarDate.earliest(from, to), and: to, rng: &rng)
    }

    /// The request and assessment behind a plan that started on `start`: in full when the plan
    /// was issued in the activity year, historical (no dates) when it was issued before.
    func requestBehind(planStart start: CalendarDate, birth: CalendarDate, u: Double, rng: inout SplitMix64) -> RequestEpisode {
        if start >= calendar.periodStart { return newPlanRequest(issued: start, birth: birth, u: u, rng: &rng) }
        return RequestEpisode(source: .youngPersonOrParent, youthCustody: false, step: .assess(start.adding(days: -140)),
                              assessment: AssessmentEpisode(step: .issue(start)))
    }

    /// The decision-to-assess date for a request received on `received` and decided `days`
    /// later: a request received before the activity year is decided before it too (and so
    /// is historical in the return), never received in one year and decided in the next.
    func decisionDate(received: CalendarDate, after days: Int) -> CalendarDate {
        let decided = received.adding(days: days)
        guard received < calendar.periodStart, decided >= calendar.periodStart else { return decided }
        return CalendarDate.latest(received, calendar.periodStart.adding(days: -1))
    }

    /// The request and assessment behind a plan issued on `issued`: the time from request to
    /// plan drawn from the 20-week split (or its variant where exceptions apply), the decision
    /// to assess within the usual weeks of the request.
    func newPlanRequest(issued: CalendarDate, birth: CalendarDate, u: Double, rng: inout SplitMix64) -> RequestEpisode {
        let t = calibration.timing
        let exceptions = rng.chance(t.exceptionShare)
        var days = (exceptions ? t.toPlanWithExceptions : t.toPlan).days(u, rng: &rng)
        let earliestRequest = birth.adding(days: 30)
        if issued.adding(days: -days) < earliestRequest { days = max(20, earliestRequest.days(to: issued)) }
        let received = issued.adding(days: -days)
        let decisionDays = min(t.toRequestDecision.days(using: &rng), max(7, days - 28))
        var episode = RequestEpisode(received: received, source: calibration.requests.source.pick(using: &rng),
                                     youthCustody: rng.chance(calibration.parameters.youthCustodyRate),
                                     step: .assess(decisionDate(received: received, after: decisionDays)))
        var assessment = AssessmentEpisode(step: .issue(issued))
        assessment.exceptionsApply = exceptions
        episode.assessment = assessment
        return episode
    }
}
