/// A return's figures with the caseload members behind them.
public struct ReturnSummary: Sendable {
    /// The return summarised.
    public let sen2Return: SEN2Return
    /// The figures.
    public let figures: SummaryFigures
    /// The caseload, person by person, in return order.
    public let members: [CaseloadMember]

    /// Computes the figures of `sen2Return` for `period` in one pass over its persons.
    ///
    /// - Parameter gias: a GIAS export to class URN placements by establishment type and phase.
    public init(_ sen2Return: SEN2Return, period: SummaryPeriod, gias: GIASDirectory? = nil) {
        self.sen2Return = sen2Return
        var figures = SummaryFigures(period: period)
        var members: [CaseloadMember] = []
        var allGrouped = true
        figures.persons = sen2Return.persons.count
        for (index, person) in sen2Return.persons.enumerated() {
            if let member = ReturnSummary.member(person, index: index, period: period, gias: gias) {
                members.append(member)
                figures.caseload.add(member)
                allGrouped = allGrouped && member.placementGroup != nil
            }
            for request in person.requests {
                figures.activity.add(request, period: period)
            }
        }
        if gias != nil {
            figures.caseload.placement.orderByCount(
                keepingFirst: SENSetting.allCases.map(\.code),
                last: [PlacementClass.ukprn, PlacementClass.urnNotInGIAS, PlacementClass.notRecorded])
        }
        if allGrouped {
            var groups = Breakdown(keys: PlacementGroup.allCases.map(\.rawValue))
            for member in members { groups.add(member.placementGroup!.rawValue) }
            figures.caseload.placementGroup = groups
        }
        self.figures = figures
        self.members = members
    }

    /// The person's caseload categories, or nil when they are not in the caseload.
    static func member(_ person: Person, index: Int, period: SummaryPeriod, gias: GIASDirectory?) -> CaseloadMember? {
        guard let (requestIndex, _) = CaseloadRule.activePlan(of: person, on: period.referenceDate) else { return nil }
        let active = CaseloadRule.activePlans(of: person, request: requestIndex)
        let placement = PlacementClass.openPrimaryPlacement(of: active, on: period.referenceDate)
        return CaseloadMember(
            person: index, request: requestIndex,
            ageBand: AgeBand(birthDate: person.birthDate.value, period: period),
            sex: person.sex.value?.code ?? Caseload.unknown,
            primaryNeed: PrimaryNeed.key(of: active),
            placement: PlacementClass.key(of: placement, gias: gias),
            placementGroup: PlacementClass.group(of: placement, gias: gias),
            ethnicGroup: person.ethnicity.value?.group.rawValue ?? Caseload.unknown)
    }
}

extension Caseload {
    mutating func add(_ member: CaseloadMember) {
        total += 1
        ageBand.add(member.ageBand.rawValue)
        sex.add(member.sex)
        primaryNeed.add(member.primaryNeed)
        placement.add(member.placement)
        ethnicGroup.add(member.ethnicGroup)
    }
}

extension Activity {
    mutating func add(_ request: Request, period: SummaryPeriod) {
        if ActivityRules.isReceived(request, in: period) { requests += 1 }
        if ActivityRules.isRefused(request, in: period) { refused += 1 }
        if let active = request.activePlans, ActivityRules.isTransferIn(active) { transfersIn += 1 }
        guard let assessment = request.assessment else { return }
        if ActivityRules.isCompleted(assessment, in: period) { assessments += 1 }
        if ActivityRules.isNewPlan(assessment, in: period) {
            newPlans += 1
            if let within = ActivityRules.wasWithin20Weeks(request, assessment) {
                timedPlans += 1
                if within { timedWithin20Weeks += 1 }
                if !ActivityRules.hasException(assessment) {
                    timedPlansExclExceptions += 1
                    if within { timedWithin20WeeksExclExceptions += 1 }
                }
            }
        }
        guard let plan = assessment.namedPlan, ActivityRules.isCeased(plan, in: period) else { return }
        ceased += 1
        ceasedByReason.add(ActivityRules.ceaseReasonKey(plan))
        if ActivityRules.isTransferOut(plan, in: period) { transfersOut += 1 }
    }
}
