import SEN2Schema
import XLSXIO

/// Annual reviews and phase-transfer reviews of plans in force.
struct ReviewPlanner: Sendable {
    let calendar: SchoolCalendar
    let assumptions: Assumptions
    let outcomes: WeightedTable<ReviewOutcome>

    /// The review held in the activity year of a plan that started on `start`, if one was held:
    /// the meeting near the plan's anniversary, the decision within four weeks of it and, after
    /// a decision to amend, a draft amended plan within four weeks of that.
    func review(planStart start: CalendarDate, rng: inout SplitMix64) -> ReviewEvent? {
        // A plan is first reviewed within a year of starting.
        guard start.days(to: calendar.periodStart) >= 0, rng.chance(assumptions.annualReviewHeldShare) else { return nil }
        let anniversary = CalendarDate(year: calendar.periodStart.year, month: start.month, day: min(start.day, 28))
        let lastMeeting = calendar.periodEnd.adding(days: -60)
        var meeting = anniversary.adding(days: rng.integer(in: -40...20))
        meeting = CalendarDate.earliest(CalendarDate.latest(meeting, calendar.periodStart), lastMeeting)
        if meeting.weekday >= 6 { meeting = meeting.adding(days: 8 - meeting.weekday) }
        meeting = CalendarDate.earliest(meeting, lastMeeting)
        let decision = meeting.adding(days: rng.integer(in: 5...28))
        let outcome = outcomes.pick(using: &rng)
        let draft = outcome == .amend ? decision.adding(days: rng.integer(in: 3...28)) : nil
        return ReviewEvent(meeting: meeting, decision: decision, outcome: outcome, draftIssued: draft)
    }

    /// The phase-transfer review of a person who moved phase in September of the activity
    /// year (into reception at 4, year 7 at 11, post-16 at 16), if their plan started before
    /// the review was due: the due date (15 February, or 31 March for post-16) and the date
    /// the final amended plan was issued.
    func phaseTransfer(age: Int, planStart start: CalendarDate, rng: inout SplitMix64) -> (due: CalendarDate, final: CalendarDate)? {
        let due: CalendarDate
        switch age {
        case 4, 11: due = CalendarDate(year: calendar.periodStart.year, month: 2, day: 15)
        case 16: due = CalendarDate(year: calendar.periodStart.year, month: 3, day: 31)
        default: return nil
        }
        guard start.days(to: due) > 90 else { return nil }
        let final = rng.chance(assumptions.phaseTransferOnTimeShare)
            ? due.adding(days: -rng.below(45)) : due.adding(days: 1 + rng.below(120))
        return (due, CalendarDate.latest(final, start.adding(days: 30)))
    }
}
