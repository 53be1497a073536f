import XLSXIO

/// Who is in the caseload on the reference date, and which of their records describe the plan.
public enum CaseloadRule {
    /// The caseload's definition.
    public static let definition = FigureDefinition(
        id: "caseload", title: "Caseload",
        text: "Persons with a named plan whose start date is on or before the reference date and that has no cease "
            + "date or one after it. A person with more than one such plan is counted once.")

    /// The sex breakdown's definition.
    public static let sexDefinition = FigureDefinition(
        id: "sex", title: "Sex", text: "The person's recorded sex (M or F); 'unknown' when it is missing or unreadable.")

    /// The ethnic group breakdown's definition.
    public static let ethnicGroupDefinition = FigureDefinition(
        id: "ethnic_group", title: "Ethnic group",
        text: "The main group the ethnicity code rolls up to (White, Mixed, Asian, Black, Chinese, Any other ethnic "
            + "group; REFU and NOBT are Unclassified); 'unknown' when the code is missing or unreadable.")

    /// True when `plan` is active on `date`: started on or before it, and not ceased by it.
    public static func isActive(_ plan: NamedPlan, on date: CalendarDate) -> Bool {
        guard let start = plan.startDate.value, start <= date else { return false }
        switch plan.ceaseDate {
        case .absent: return true
        case .value(let cease): return cease > date
        case .invalid: return true
        }
    }

    /// The person's plan that is active on `date`: the one started most recently when there
    /// are several, with the index of the request that holds it.
    public static func activePlan(of person: Person, on date: CalendarDate) -> (request: Int, plan: NamedPlan)? {
        var best: (request: Int, plan: NamedPlan)?
        for (index, request) in person.requests.enumerated() {
            guard let plan = request.assessment?.namedPlan, isActive(plan, on: date) else { continue }
            if let current = best, let a = current.plan.startDate.value, let b = plan.startDate.value, b <= a { continue }
            best = (index, plan)
        }
        return best
    }

    /// The placements and needs of the plan held by request `index`: that request's own
    /// `ActivePlans`, or, when it has none, the first other request's that has placements or needs.
    public static func activePlans(of person: Person, request index: Int) -> ActivePlans? {
        if let own = person.requests[index].activePlans { return own }
        return person.requests.lazy.compactMap(\.activePlans).first { !$0.placements.isEmpty || !$0.needs.isEmpty }
    }
}
