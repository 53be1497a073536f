import SEN2Schema
import XLSXIO

/// The rules of `sen2-spec.md` §4 (known and inferred), checked independently of the
/// generator so that the tests catch a generator that writes an invalid return. The project's
/// own validator is run on cohorts as well (``ValidatorOnCohortsTests``); these checks also cover
/// what only a generator can promise (unique UPNs, nothing dated after the activity year).
struct RecordChecks {
    let year: CollectionYear
    let reference: CalendarDate
    var problems: [String] = []
    private var upns = Set<String>()

    init(year: CollectionYear, reference: CalendarDate) {
        self.year = year
        self.reference = reference
    }

    private var periodStart: CalendarDate { year.activityPeriod.lowerBound }
    private var periodEnd: CalendarDate { year.activityPeriod.upperBound }
    private func collects(_ item: Item) -> Bool { year.declaration.collects(item) }

    private mutating func require(_ condition: Bool, _ person: Person, _ what: @autoclosure () -> String) {
        if !condition { problems.append("\(person.id ?? "?"): \(what())") }
    }

    private func valid<C: SEN2Code>(_ field: Field<C>) -> Bool {
        guard let v = field.value else { return false }
        return v.isValid(in: year.declaration.codeListYear)
    }

    private func inPeriod(_ d: CalendarDate?) -> Bool { d.map { $0 >= periodStart && $0 <= periodEnd } ?? true }

    mutating func check(_ p: Person) {
        require(p.surname.value != nil && p.forename.value != nil, p, "name missing")
        require(p.birthDate.value != nil, p, "birth date missing")
        require(valid(p.sex) && valid(p.ethnicity), p, "sex or ethnicity missing or invalid")
        if let birth = p.birthDate.value {
            let age = RecordChecks.age(on: reference, bornOn: birth)
            require((0...25).contains(age), p, "aged \(age) on the reference date")
        }
        if let upn = p.upn.value {
            require(upn.checkLetterIsValid && upn.hasRecognisedLACode && upn.finalCharacterIsValid, p, "UPN \(upn.text) invalid")
            require(upns.insert(upn.text).inserted, p, "UPN \(upn.text) repeated")
        }
        if let uln = p.uln.value { require(uln.checkDigitIsValid, p, "ULN \(uln.text) invalid") }
        let hasIdentifier = p.upn.value != nil || p.uln.value != nil
        require(hasIdentifier != p.upnUnknown.isPresent, p, "UPN/ULN and UPNunknown inconsistent")
        if p.upnUnknown.isPresent { require(valid(p.upnUnknown), p, "UPNunknown code invalid") }
        require(p.postcode.isAbsent || p.postcode.value != nil, p, "postcode malformed")
        require(!p.requests.isEmpty, p, "no request")
        for r in p.requests { check(r, p) }
    }

    private mutating func check(_ r: Request, _ p: Person) {
        guard let outcome = r.outcome.value else { return require(false, p, "request outcome missing") }
        if outcome != .historical {
            require(r.receivedDate.value != nil && r.youthCustody.value != nil, p, "received date or RYA missing")
            require(inPeriod(r.receivedDate.value), p, "request received outside the year")
        }
        require((outcome == .assess || outcome == .notAssess) == r.outcomeDate.isPresent, p, "request outcome date rule")
        if let received = r.receivedDate.value, let decided = r.outcomeDate.value {
            require(received <= decided, p, "request decided before received")
            require(inPeriod(decided), p, "request decided outside the year")
        }
        require(r.source.isAbsent || (collects(.requestSource) && valid(r.source)), p, "request source in a year without it")
        if year.declaration.requirement(of: .requestSource) == .required, outcome != .historical {
            require(r.source.value != nil, p, "request source missing")
        }
        require(r.mediation.value != nil && r.tribunal.value != nil, p, "request mediation or tribunal missing")
        if [.awaiting, .withdrawn, .notAssess].contains(outcome) {
            require(r.assessment == nil && r.activePlans == nil, p, "assessment after request outcome \(outcome.code)")
        }
        if r.exportedTo.isPresent {
            require(r.exportedTo.value?.isCurrentEnglishLA ?? false, p, "exported LA invalid")
            require(r.assessment == nil && r.activePlans == nil, p, "exported request with later modules")
        }
        if let a = r.assessment { check(a, r, p) }
        if let active = r.activePlans {
            require(r.assessment?.namedPlan != nil, p, "active plan without a named plan")
            require(r.assessment?.namedPlan?.ceaseDate.isAbsent ?? false, p, "active plan ceased")
            check(active, p)
        }
    }

    private mutating func check(_ a: Assessment, _ r: Request, _ p: Person) {
        guard let outcome = a.outcome.value else { return require(false, p, "assessment outcome missing") }
        require((outcome == .issue || outcome == .notIssue) == a.outcomeDate.isPresent, p, "assessment date rule")
        if let date = a.outcomeDate.value {
            require(inPeriod(date), p, "assessment decided outside the year")
            if let decided = r.outcomeDate.value ?? r.receivedDate.value { require(decided <= date, p, "assessment before request") }
        }
        require(!(outcome == .awaiting || outcome == .withdrawn) || a.namedPlan == nil, p, "plan after assessment \(outcome.code)")
        if outcome == .issue { require(a.week20Exception.value != nil && a.namedPlan != nil, p, "issued plan incomplete") }
        for f in [a.mediation, a.tribunal, a.otherMediation, a.otherTribunal] { require(f.value != nil, p, "assessment indicator missing") }
        if let plan = a.namedPlan { check(plan, p) }
    }

    private mutating func check(_ n: NamedPlan, _ p: Person) {
        guard let start = n.startDate.value else { return require(false, p, "plan start missing") }
        require(start <= periodEnd, p, "plan starts after the year")
        if let birth = p.birthDate.value { require(birth < start, p, "plan starts before birth") }
        require(n.ceaseDate.isPresent == n.ceaseReason.isPresent, p, "cease date and reason")
        if let cease = n.ceaseDate.value { require(start <= cease && inPeriod(cease), p, "cease date") }
        if n.ceaseReason.isPresent { require(valid(n.ceaseReason), p, "cease reason invalid") }
        require(n.personalBudget.value != nil && n.organisedArrangements.value != nil, p, "personal budget items missing")
        require((1...2).contains(n.details.count), p, "plan names \(n.details.count) settings")
        require(Set(n.details.compactMap(\.rank.value)).count == n.details.count, p, "plan detail ranks repeat")
        for d in n.details {
            require(oneOf(d.urn, d.ukprn, d.setting), p, "plan detail identifies its setting \(d)")
            if let s = d.setting.value { require(s.canBeNamedInPlan && s.isValid(in: year.rawValue), p, "plan names \(s.code)") }
            require(d.rank.value != nil, p, "plan detail rank missing")
        }
    }

    private mutating func check(_ a: ActivePlans, _ p: Person) {
        require(!a.placements.isEmpty, p, "active plan without placement")
        require((1...2).contains(a.needs.count), p, "\(a.needs.count) needs")
        let ranks = a.needs.compactMap(\.rank.value)
        require(ranks.contains(.primary) && Set(ranks).count == ranks.count, p, "need ranks")
        require(Set(a.needs.compactMap(\.type.value)).count == a.needs.count, p, "need repeated")
        for need in a.needs { require(valid(need.type), p, "need type invalid for the year") }
        if a.transferredFrom.isPresent { require(a.transferredFrom.value?.isCurrentEnglishLA ?? false, p, "transfer LA invalid") }
        for d in a.placements {
            require(oneOf(d.urn, d.ukprn, d.setting), p, "placement identifies its setting")
            require(d.rank.value != nil, p, "placement rank missing")
            guard let entry = d.entryDate.value else { require(false, p, "entry date missing"); continue }
            require(entry <= periodEnd, p, "placement entered after the year")
            if let birth = p.birthDate.value { require(birth < entry, p, "placement before birth") }
            if let leaving = d.leavingDate.value { require(entry <= leaving && inPeriod(leaving), p, "placement leaving date") }
            if d.urn.isPresent || d.ukprn.isPresent {
                require(d.senUnit.value != nil && d.resourcedProvision.value != nil, p, "indicators missing")
            }
            if let s = d.setting.value, [.otherLA, .otherParent, .otherTypeSpecified, .notInEducationOther].contains(s) {
                require(d.settingOther.value != nil, p, "other setting without text")
            }
            require(d.residential.isAbsent || collects(.res), p, "Res in a year without it")
        }
        require(a.reviewMeeting.isAbsent || collects(.reviewMeeting), p, "review meeting in a year without it")
        if let meeting = a.reviewMeeting.value {
            require(a.reviewOutcome.isPresent, p, "review meeting without outcome")
            if let decided = a.lastReview.value { require(meeting <= decided, p, "review decided before meeting") }
        }
        for d in [a.reviewMeeting.value, a.lastReview.value, a.reviewDraft.value, a.phaseTransferDueDate.value, a.phaseTransferFinalDate.value] {
            require(inPeriod(d), p, "review date outside the year")
        }
        require(a.reviewDraft.isAbsent || collects(.reviewDraft), p, "review draft in a year without it")
        if a.reviewDraft.isPresent { require(a.reviewOutcome.value == .amend, p, "draft without amend") }
        require(a.phaseTransferDueDate.isPresent == a.phaseTransferFinalDate.isPresent, p, "phase transfer dates")
    }

    private func oneOf<A, B, C>(_ a: Field<A>, _ b: Field<B>, _ c: Field<C>) -> Bool {
        [a.value != nil, b.value != nil, c.value != nil].filter { $0 }.count == 1
            && [a.isPresent, b.isPresent, c.isPresent].filter { $0 }.count == 1
    }

    static func age(on day: CalendarDate, bornOn birth: CalendarDate) -> Int {
        var years = day.year - birth.year
        if (day.month, day.day) < (birth.month, birth.day) { years -= 1 }
        return years
    }
}
