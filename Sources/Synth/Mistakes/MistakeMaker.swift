import SEN2Schema
import XLSXIO

/// Plants one mistake of one kind in a person's records, or reports that the person has no
/// record the mistake could be made in.
struct MistakeMaker {
    let kind: MistakeKind
    let year: CollectionYear
    let calendar: SchoolCalendar
    /// The person's position in the return.
    let personIndex: Int

    /// Plants the mistake in `person`, returning where it is; nil when it does not fit.
    func plant(in person: inout Person, rng: inout SplitMix64) -> PlantedMistake? {
        let id = person.id ?? ""
        func at(_ table: Table, _ item: Item?, request: Int? = nil, position: Int? = nil, rule: String, _ detail: String) -> PlantedMistake {
            PlantedMistake(kind: kind, table: table, item: item, personID: id, personIndex: personIndex, request: request,
                           position: position, rule: rule, detail: detail)
        }
        switch kind {
        case .wrongUPNCheckLetter:
            guard let upn = person.upn.value else { return nil }
            let letters = Array("ABCDEFGHJKLMNPQRTUVWXYZ")
            var letter = rng.pick(letters)
            while letter == upn.text.first { letter = rng.pick(letters) }
            let wrong = String(letter) + upn.text.dropFirst()
            person.upn = ReturnSnapshot.field(UPN(wrong))
            return at(.persons, .upn, rule: "1510", "UPN \(upn.text) keyed as \(wrong)")
        case .unknownUPNLACode:
            guard let upn = person.upn.value, !upn.isTemporary else { return nil }
            let rest = "999" + upn.text.dropFirst(4)
            let wrong = String(UPN.checkLetter(forLast12: rest) ?? "A") + rest
            person.upn = ReturnSnapshot.field(UPN(wrong))
            return at(.persons, .upn, rule: "1530", "UPN \(upn.text) keyed as \(wrong)")
        case .wrongULNCheckDigit:
            guard let uln = person.uln.value else { return nil }
            let last = uln.text.utf8.last! - 48
            let wrong = String(uln.text.dropLast()) + String((last + 1 + UInt8(rng.below(8))) % 10)
            guard let value = ULN(wrong), !value.checkDigitIsValid else { return nil }
            person.uln = .value(value)
            return at(.persons, .uniqueLearnerNumber, rule: "SX105", "ULN \(uln.text) keyed as \(wrong)")
        case .upnWithUnknownReason:
            guard person.upn.value != nil else { return nil }
            person.upnUnknown = .value(.under6)
            return at(.persons, .upnUnknown, rule: "SX102", "UN1 given although the UPN is present")
        case .impossibleDate:
            guard let birth = person.birthDate.value else { return nil }
            let raw = "\(rng.chance(0.5) ? 31 : 30)/02/\(birth.year)"
            person.birthDate = .invalid(raw: raw)
            return at(.persons, .personBirthDate, rule: "Person.PersonBirthDate.invalid", "birth date \(birth) typed as \(raw)")
        case .ageOutOfRange:
            guard let birth = person.birthDate.value else { return nil }
            let wrong = CalendarDate(year: calendar.referenceDate.year - 28, month: birth.month, day: min(birth.day, 28))
            person.birthDate = .value(wrong)
            return at(.persons, .personBirthDate, rule: "SX106", "birth date \(birth) keyed as \(wrong)")
        case .missingRequiredItem:
            guard let ethnicity = person.ethnicity.value else { return nil }
            person.ethnicity = .absent
            return at(.persons, .ethnicity, rule: "Person.Ethnicity.missing", "ethnicity \(ethnicity.code) left blank")
        case .outcomeBeforeRequest:
            guard let r = person.requests.firstIndex(where: { $0.receivedDate.value != nil && $0.outcomeDate.value != nil }),
                  let received = person.requests[r].receivedDate.value else { return nil }
            let wrong = received.adding(days: -rng.integer(in: 5...40))
            person.requests[r].outcomeDate = .value(wrong)
            return at(.requests, .requestOutcomeDate, request: r, rule: "SX205", "request outcome date keyed as \(wrong), before the request of \(received)")
        case .datesOutOfOrder:
            return outOfOrder(&person, rng: &rng, at: at)
        case .futureDate:
            guard let (r, p) = openPlacement(person), let entry = person.requests[r].activePlans?.placements[p].entryDate.value else { return nil }
            let wrong = calendar.referenceDate.adding(days: rng.integer(in: 30...300))
            person.requests[r].activePlans?.placements[p].entryDate = .value(wrong)
            return at(.placementDetails, .entryDate, request: r, position: p, rule: "PlacementDetail.EntryDate.future", "placement entry date \(entry) keyed as \(wrong)")
        case .codeFromAnotherYear:
            return otherYearCode(&person, at: at)
        case .missingPlacement:
            guard let r = person.requests.firstIndex(where: { !($0.activePlans?.placements.isEmpty ?? true) }) else { return nil }
            let count = person.requests[r].activePlans?.placements.count ?? 0
            person.requests[r].activePlans?.placements = []
            return at(.activePlans, nil, request: r, rule: "SX502", "the plan's \(count) placement(s) left out")
        case .ceasedWithoutReason:
            guard let r = person.requests.firstIndex(where: { $0.assessment?.namedPlan?.ceaseReason.value != nil }),
                  let reason = person.requests[r].assessment?.namedPlan?.ceaseReason.value else { return nil }
            person.requests[r].assessment?.namedPlan?.ceaseReason = .absent
            return at(.namedPlans, .ceaseReason, request: r, rule: "SX402", "cease reason \(reason.code) left blank")
        case .secondaryNeedWithoutPrimary:
            guard let r = person.requests.firstIndex(where: { ($0.activePlans?.needs.count ?? 0) == 2 }) else { return nil }
            person.requests[r].activePlans?.needs.removeFirst()
            return at(.senNeeds, .senTypeRank, request: r, position: 0, rule: "SX533", "primary need left out; the secondary need (rank 2) remains")
        case .twoSettingIdentifiers:
            guard let r = person.requests.firstIndex(where: { $0.activePlans?.placements.contains { $0.urn.value != nil } ?? false }),
                  let p = person.requests[r].activePlans?.placements.firstIndex(where: { $0.urn.value != nil }) else { return nil }
            person.requests[r].activePlans?.placements[p].setting = .value(.otherLA)
            return at(.placementDetails, .placementSENSetting, request: r, position: p, rule: "SX421", "SEN setting OLA added beside the URN")
        case .placementOnlySettingInPlan:
            guard let r = person.requests.firstIndex(where: { !($0.assessment?.namedPlan?.details.isEmpty ?? true) }) else { return nil }
            var detail = PlanDetail()
            detail.setting = .value(.neet)
            detail.rank = .value(.primary)
            person.requests[r].assessment?.namedPlan?.details[0] = detail
            return at(.planDetails, .planSENSetting, request: r, position: 0, rule: "SX422", "plan names NEET, a placement-only setting")
        case .duplicatedPerson:
            return nil
        }
    }

    private func outOfOrder(_ person: inout Person, rng: inout SplitMix64,
                            at: (Table, Item?, Int?, Int?, String, String) -> PlantedMistake) -> PlantedMistake? {
        for (r, request) in person.requests.enumerated() {
            if let p = request.activePlans?.placements.firstIndex(where: { $0.leavingDate.value != nil }),
               let entry = request.activePlans?.placements[p].entryDate.value,
               let leaving = request.activePlans?.placements[p].leavingDate.value {
                let wrong = entry.adding(days: -rng.integer(in: 1...60))
                person.requests[r].activePlans?.placements[p].leavingDate = .value(wrong)
                return at(.placementDetails, .leavingDate, r, p, "SX520", "placement leaving date \(leaving) keyed as \(wrong), before entry on \(entry)")
            }
            if let meeting = request.activePlans?.reviewMeeting.value, let decision = request.activePlans?.lastReview.value {
                let wrong = decision.adding(days: rng.integer(in: 3...20))
                person.requests[r].activePlans?.reviewMeeting = .value(wrong)
                return at(.activePlans, .reviewMeeting, r, nil, "SX505", "review meeting \(meeting) keyed as \(wrong), after the decision of \(decision)")
            }
            if let start = request.assessment?.namedPlan?.startDate.value, let cease = request.assessment?.namedPlan?.ceaseDate.value {
                let wrong = start.adding(days: -rng.integer(in: 1...90))
                person.requests[r].assessment?.namedPlan?.ceaseDate = .value(wrong)
                return at(.namedPlans, .ceaseDate, r, nil, "SX404", "cease date \(cease) keyed as \(wrong), before the start of \(start)")
            }
        }
        return nil
    }

    private func otherYearCode(_ person: inout Person, at: (Table, Item?, Int?, Int?, String, String) -> PlantedMistake) -> PlantedMistake? {
        if !SENType.downSyndrome.isValid(in: year.declaration.codeListYear) {
            guard let r = person.requests.firstIndex(where: { !($0.activePlans?.needs.isEmpty ?? true) }),
                  let old = person.requests[r].activePlans?.needs[0].type.value, old != .downSyndrome else { return nil }
            person.requests[r].activePlans?.needs[0].type = .value(.downSyndrome)
            return at(.senNeeds, .senType, r, 0, "SENneed.SENtype.otherYear", "need \(old.code) keyed as DS, a code first listed in 2025")
        }
        guard let sex = person.sex.value else { return nil }
        let old = sex == .male ? "1" : "2"
        person.sex = .invalid(raw: old)
        return at(.persons, .sex, nil, nil, "Person.Sex.invalid", "sex \(sex.code) keyed as \(old), the 2023 gender code")
    }

    /// The first open placement (request, position).
    private func openPlacement(_ person: Person) -> (Int, Int)? {
        for (r, request) in person.requests.enumerated() {
            if let p = request.activePlans?.placements.firstIndex(where: { $0.leavingDate.isAbsent }) { return (r, p) }
        }
        return nil
    }
}
