/// Links the records of every table into the nested return: requests under persons, and
/// everything else under its request, through the ID columns.
///
/// Rows that cannot be linked are reported and left out, never attached to a guessed parent.
struct ReturnAssembler {
    var persons: [KeyedRecord<Person>] = []
    var requests: [KeyedRecord<Request>] = []
    var assessments: [KeyedRecord<Assessment>] = []
    var namedPlans: [KeyedRecord<NamedPlan>] = []
    var planDetails: [KeyedRecord<PlanDetail>] = []
    var activePlans: [KeyedRecord<ActivePlans>] = []
    var placements: [KeyedRecord<PlacementDetail>] = []
    var needs: [KeyedRecord<SENNeed>] = []
    /// The table each child table's parent IDs refer to.
    var parentTables: [Table: Table] = [:]
    /// Where each table was read from, for messages.
    var sources: [SourceTable] = []

    /// Builds the persons with their nested records.
    ///
    /// Each table is emptied as soon as its records have moved to their parents, so a large
    /// return is held about once, not once per stage.
    mutating func assemble(report: inout ReadReport) -> [Person] {
        let personIndex = index(persons, table: .persons, report: &report)
        let requestIndex = index(requests, table: .requests, report: &report)
        // Every lower table resolves to a request slot.
        var assessmentOf = [Assessment?](repeating: nil, count: requests.count)
        var planOf = [NamedPlan?](repeating: nil, count: requests.count)
        var activeOf = [ActivePlans?](repeating: nil, count: requests.count)

        let assessmentKeys = index(assessments, table: .assessments, report: &report)
        var assessmentRequest: [String: Int] = [:]
        for entry in assessments {
            guard let slot = resolve(entry, table: .assessments, requestIndex: requestIndex, via: [:], report: &report) else { continue }
            if assessmentOf[slot] != nil {
                tooMany(entry.record.origin, "a second assessment for the same request", report: &report)
                continue
            }
            assessmentOf[slot] = entry.record
            if let key = entry.ownKey, assessmentKeys[key] != nil { assessmentRequest[key] = slot }
        }
        assessments = []

        let planKeys = index(namedPlans, table: .namedPlans, report: &report)
        var planRequest: [String: Int] = [:]
        for entry in namedPlans {
            guard let slot = resolve(entry, table: .namedPlans, requestIndex: requestIndex, via: assessmentRequest, report: &report) else { continue }
            if planOf[slot] != nil {
                tooMany(entry.record.origin, "a second named plan for the same request", report: &report)
                continue
            }
            planOf[slot] = entry.record
            if let key = entry.ownKey, planKeys[key] != nil { planRequest[key] = slot }
        }
        namedPlans = []
        for entry in planDetails {
            guard let slot = resolve(entry, table: .planDetails, requestIndex: requestIndex, via: planRequest, report: &report) else { continue }
            if planOf[slot] == nil {
                missingParent(entry.record.origin, "this plan detail's request has no row in NamedPlans; an empty named plan holds it", report: &report)
                planOf[slot] = NamedPlan(origin: entry.record.origin)
            }
            planOf[slot]?.details.append(entry.record)
        }
        planDetails = []

        let activeKeys = index(activePlans, table: .activePlans, report: &report)
        var activeRequest: [String: Int] = [:]
        for entry in activePlans {
            guard let slot = resolve(entry, table: .activePlans, requestIndex: requestIndex, via: [:], report: &report) else { continue }
            if activeOf[slot] != nil {
                tooMany(entry.record.origin, "a second active-plans record for the same request", report: &report)
                continue
            }
            activeOf[slot] = entry.record
            if let key = entry.ownKey, activeKeys[key] != nil { activeRequest[key] = slot }
        }
        activePlans = []
        for entry in placements {
            guard let slot = resolve(entry, table: .placementDetails, requestIndex: requestIndex, via: activeRequest, report: &report) else { continue }
            if activeOf[slot] == nil {
                missingParent(entry.record.origin, "this placement's request has no row in ActivePlans; an empty active-plans record holds it", report: &report)
                activeOf[slot] = ActivePlans(origin: entry.record.origin)
            }
            activeOf[slot]?.placements.append(entry.record)
        }
        placements = []
        for entry in needs {
            guard let slot = resolve(entry, table: .senNeeds, requestIndex: requestIndex, via: activeRequest, report: &report) else { continue }
            if activeOf[slot] == nil {
                missingParent(entry.record.origin, "this need's request has no row in ActivePlans; an empty active-plans record holds it", report: &report)
                activeOf[slot] = ActivePlans(origin: entry.record.origin)
            }
            activeOf[slot]?.needs.append(entry.record)
        }
        needs = []

        var result = persons.map { entry -> Person in
            var person = entry.record
            person.id = entry.ownKey
            return person
        }
        persons = []
        for (slot, entry) in requests.enumerated() {
            var request = entry.record
            request.id = entry.ownKey
            if var plan = planOf[slot].take() {
                if assessmentOf[slot] == nil {
                    missingParent(plan.origin, "this named plan's request has no row in Assessments; an empty assessment holds it", report: &report)
                    assessmentOf[slot] = Assessment(origin: plan.origin)
                }
                plan.details.sort { $0.origin.row < $1.origin.row }
                assessmentOf[slot]?.namedPlan = plan
            }
            request.assessment = assessmentOf[slot].take()
            request.activePlans = activeOf[slot].take()
            guard let key = entry.parentKey else {
                report.issues.append(ReadIssue(kind: .missingParentID, location: location(entry.record.origin),
                                               message: "this request has no Person ID, so it cannot be placed under a person; it is left out"))
                continue
            }
            guard let p = personIndex[key] else {
                report.issues.append(ReadIssue(kind: .unknownParent, location: parentLocation(entry.record.origin), value: key,
                                               message: "matches no Person ID in \(tableName(.persons)); the request is left out"))
                continue
            }
            result[p].requests.append(request)
        }
        requests = []
        return result
    }

    /// The request slot a record belongs to, through its parent ID: a request ID directly, or
    /// the ID of an intermediate record (`via`) that already resolved to a request.
    private func resolve<R>(_ entry: KeyedRecord<R>, table: Table, requestIndex: [String: Int], via: [String: Int],
                            report: inout ReadReport) -> Int? {
        let parentTable = parentTables[table] ?? .requests
        guard let key = entry.parentKey else {
            report.issues.append(ReadIssue(kind: .missingParentID, location: location(entry.record.origin),
                                           message: "this row has no \(idHeading(parentTable)), so it cannot be linked; it is left out"))
            return nil
        }
        let slot = parentTable == .requests ? requestIndex[key] : via[key]
        if slot == nil {
            report.issues.append(ReadIssue(kind: .unknownParent, location: parentLocation(entry.record.origin), value: key,
                                           message: "matches no \(idHeading(parentTable)) in \(tableName(parentTable)); the row is left out"))
        }
        return slot
    }

    /// The position of each own ID, reporting IDs used twice (the first row keeps the ID).
    private func index<R>(_ entries: [KeyedRecord<R>], table: Table, report: inout ReadReport) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, entry) in entries.enumerated() {
            guard let key = entry.ownKey else { continue }
            if let first = index[key] {
                report.issues.append(ReadIssue(kind: .duplicateID, location: location(entry.record.origin), value: key,
                                               message: "is also the \(idHeading(table)) of row \(entries[first].record.origin.row); rows below link to the first"))
            } else {
                index[key] = i
            }
        }
        return index
    }

    private func tooMany(_ origin: RecordOrigin, _ what: String, report: inout ReadReport) {
        report.issues.append(ReadIssue(kind: .tooManyRecords, location: location(origin),
                                       message: "\(what): the return allows one; this row is left out"))
    }

    private func missingParent(_ origin: RecordOrigin, _ message: String, report: inout ReadReport) {
        report.issues.append(ReadIssue(kind: .missingParentRecord, location: location(origin), message: message))
    }

    private func location(_ origin: RecordOrigin) -> SourceLocation {
        SEN2Return(sources: sources).location(of: origin) ?? SourceLocation(file: "?")
    }

    /// The cell of the record's parent ID.
    private func parentLocation(_ origin: RecordOrigin) -> SourceLocation {
        var place = location(origin)
        if origin.source >= 0, let column = sources[Int(origin.source)].parentIDColumn { place.column = column }
        return place
    }

    private func tableName(_ table: Table) -> String {
        sources.first { $0.table == table }.map { $0.sheet ?? $0.file } ?? table.sheetName
    }

    private func idHeading(_ table: Table) -> String {
        switch table {
        case .persons: return "Person ID"
        case .requests: return "Request ID"
        default: return table.sheetName + " ID"
        }
    }
}
