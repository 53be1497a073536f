import XLSXIO

/// Rules about a person as a whole: age limits, and the records every person needs.
enum PersonRules {
    static let all = [tooOld, noRequests, twoPlansInForce]

    /// SX106: Person older than 25 at the start of the academic year. A plan lasts until the end of the
    /// academic year in which the person turns 25, so a person who ceased recently may be 26 on the reference
    /// date. Age is therefore measured on 31 August before the reference date and must be 0 to 25.
    static let tooOld = Rule(
        "SX106", .error, items: [.personBirthDate], title: "Person older than 25 at the start of the academic year",
        reading: "A plan lasts until the end of the academic year in which the person turns 25, so a person who ceased recently may be 26 on "
            + "the reference date. Age is therefore measured on 31 August before the reference date and must be 0 to 25.",
        check: .person { person, run in
            guard let birth = person.birthDate.value, let age = run.ageAtAcademicYearStart, age > 25 else { return }
            run.flag("The person was \(age) on \(Wording.date(run.context.academicYearStart)), the start of the academic year, but SEN2 covers "
                     + "people aged 0 to 25. Check the date of birth (\(Wording.date(birth))).", Target(person, .personBirthDate))
        })

    /// SX108: Person with no request. Every person in the return is there because of a request for assessment
    /// or a plan, which module 2 records.
    static let noRequests = Rule(
        "SX108", .error, items: [], source: .template, title: "Person with no request",
        reading: "Every person in the return is there because of a request for assessment or a plan, which module 2 records.",
        check: .person { person, run in
            guard person.requests.isEmpty else { return }
            run.flag("This person has no request for assessment. Add their request in Requests with this person's ID "
                     + "(outcome H for a plan agreed before the collection period), or remove the person.", Target(person))
        })

    /// SX109: More than one EHC plan in force. A person has at most one EHC plan at a time; every plan but
    /// the latest must have ceased.
    static let twoPlansInForce = Rule(
        "SX109", .error, items: [.ceaseDate, .startDate], title: "More than one EHC plan in force",
        reading: "A person has at most one EHC plan at a time; every plan but the latest must have ceased.",
        check: .person { person, run in
            var inForce = 0
            var latest: (request: Int, start: CalendarDate?)?
            for (r, request) in person.requests.enumerated() {
                guard let plan = request.assessment?.namedPlan, plan.isInForce(on: run.referenceDate) else { continue }
                inForce += 1
                let start = plan.startDate.value
                if latest == nil || (start ?? .distantPast) >= (latest?.start ?? .distantPast) { latest = (r, start) }
            }
            guard inForce > 1 else { return }
            for (r, request) in person.requests.enumerated() where r != latest?.request {
                guard let plan = request.assessment?.namedPlan, plan.isInForce(on: run.referenceDate) else { continue }
                let start = plan.startDate.value.map { " starting \(Wording.date($0))" } ?? ""
                run.flag("This person has \(inForce) EHC plans with no cease date. The plan\(start) should have ceased when the later "
                         + "one began: give its cease date and reason.",
                         Target(plan, .ceaseDate, request: r), Target(plan, .startDate, request: r))
            }
        })
}
