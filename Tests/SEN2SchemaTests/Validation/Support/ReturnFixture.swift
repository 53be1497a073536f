import XLSXIO
@testable import SEN2Schema

/// A complete, valid return built in code (one person with a request, assessment, plan issued
/// in the activity period, a placement and a need), laid out as the template's sheets so
/// that every finding has a cell. Tests change one thing and expect exactly one rule to fire.
struct ReturnFixture {
    var year: CollectionYear
    var ret: SEN2Return
    var isXML = false

    /// A date in the activity year (the calendar year before the census).
    static func activity(_ year: CollectionYear, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year.rawValue - 1, month: month, day: day)
    }

    /// A UPN with a valid check letter for the 12 characters after it.
    static func upn(_ rest: String) -> UPN {
        UPN(String(UPN.checkLetter(forLast12: rest)!) + rest)!
    }

    /// A ULN with a valid check digit after the nine given digits.
    static func uln(_ first9: String) -> ULN {
        ULN(first9 + String(ULN.checkDigit(forFirst9: first9)!))!
    }

    init(year: CollectionYear, persons: Int = 1) {
        self.year = year
        var header = Header()
        header.lea = .value(LACode("202")!)
        header.dmo = .value(.yes)
        header.dco = .value(.yes)
        if year >= .y2025 { header.dsco = .value(.no) }
        ret = SEN2Return(header: header, persons: (0..<persons).map { ReturnFixture.person($0, year: year) })
        locate()
    }

    /// One clean person; `n` varies the identifiers so persons are not duplicates.
    static func person(_ n: Int, year: CollectionYear) -> Person {
        var person = Person(id: "P\(n + 1)")
        person.surname = .value("Surname\(n)")
        person.forename = .value("Forename\(n)")
        person.birthDate = .value(CalendarDate(year: year.rawValue - 11, month: 3, day: 2).adding(days: n % 2000))
        person.sex = .value(n % 2 == 0 ? .female : .male)
        person.ethnicity = .value(.wbri)
        person.postcode = .value(Postcode("SW1A 1AA")!)
        person.upn = .value(upn("202400\(String(format: "%06d", n))"))

        var request = Request(id: "R\(n + 1)")
        request.receivedDate = .value(activity(year, 2, 3))
        if year >= .y2025 { request.source = .value(.educationSetting) }
        request.youthCustody = .value(.no)
        request.outcomeDate = .value(activity(year, 3, 10))
        request.outcome = .value(.assess)
        request.mediation = .value(.no)
        request.tribunal = .value(.no)

        var assessment = Assessment()
        assessment.outcome = .value(.issue)
        assessment.outcomeDate = .value(activity(year, 6, 16))
        assessment.mediation = .value(.no)
        assessment.tribunal = .value(.no)
        assessment.otherMediation = .value(.no)
        assessment.otherTribunal = .value(.no)
        assessment.week20Exception = .value(.no)

        var plan = NamedPlan()
        plan.startDate = .value(activity(year, 6, 16))
        plan.personalBudget = .value(.no)
        var detail = PlanDetail()
        detail.urn = .value(URN("100001")!)
        detail.rank = .value(.primary)
        detail.senUnit = .value(.no)
        detail.resourcedProvision = .value(.no)
        plan.details = [detail]
        assessment.namedPlan = plan
        request.assessment = assessment

        var active = ActivePlans()
        var placement = PlacementDetail()
        placement.urn = .value(URN("100001")!)
        placement.rank = .value(.primary)
        placement.entryDate = .value(activity(year, 9, 1))
        placement.senUnit = .value(.no)
        placement.resourcedProvision = .value(.no)
        active.placements = [placement]
        var need = SENNeed()
        need.type = .value(.autism)
        need.rank = .value(.primary)
        active.needs = [need]
        request.activePlans = active

        person.requests = [request]
        return person
    }

    /// Gives every record an origin in a template-shaped workbook: one sheet per table, the
    /// record's ID in column A, its parent's in column B, its items from column C in the
    /// year's order. Call after changing the records' structure.
    mutating func locate() {
        var sources: [SourceTable] = []
        var index: [Table: Int] = [:]
        for table in Table.allCases {
            var columns: [Item: Int] = [:]
            var column = 3
            for module in table.modules {
                for spec in year.declaration.items(of: module) {
                    columns[spec.item] = column
                    column += 1
                }
            }
            index[table] = sources.count
            sources.append(SourceTable(file: "book.xlsx", sheet: table.sheetName, format: isXML ? .xml : .sheet, table: table,
                                       columns: columns, idColumn: 1, parentIDColumn: table.parent == nil ? nil : 2))
        }
        ret.sources = sources
        var rows: [Table: Int] = [:]
        func next(_ table: Table) -> RecordOrigin {
            let row = (rows[table] ?? 1) + 1
            rows[table] = row
            return RecordOrigin(source: index[table]!, row: row)
        }
        ret.header.origin = next(.header)
        for p in ret.persons.indices {
            ret.persons[p].origin = next(.persons)
            for r in ret.persons[p].requests.indices {
                ret.persons[p].requests[r].origin = next(.requests)
                if ret.persons[p].requests[r].assessment != nil {
                    ret.persons[p].requests[r].assessment!.origin = next(.assessments)
                    if ret.persons[p].requests[r].assessment!.namedPlan != nil {
                        ret.persons[p].requests[r].assessment!.namedPlan!.origin = next(.namedPlans)
                        for d in ret.persons[p].requests[r].assessment!.namedPlan!.details.indices {
                            ret.persons[p].requests[r].assessment!.namedPlan!.details[d].origin = next(.planDetails)
                        }
                    }
                }
                if ret.persons[p].requests[r].activePlans != nil {
                    ret.persons[p].requests[r].activePlans!.origin = next(.activePlans)
                    for k in ret.persons[p].requests[r].activePlans!.placements.indices {
                        ret.persons[p].requests[r].activePlans!.placements[k].origin = next(.placementDetails)
                    }
                    for n in ret.persons[p].requests[r].activePlans!.needs.indices {
                        ret.persons[p].requests[r].activePlans!.needs[n].origin = next(.senNeeds)
                    }
                }
            }
        }
    }

    /// Marks the return as read from COLLECT XML, whose header carries every item.
    mutating func makeXML() {
        isXML = true
        ret.header.collection = .value("SEN2")
        ret.header.year = .value(year.rawValue)
        ret.header.referenceDate = .value(year.census)
        ret.header.sourceLevel = .value("L")
    }

    /// The first person.
    var person: Person {
        get { ret.persons[0] }
        set { ret.persons[0] = newValue }
    }
    /// The first person's first request.
    var request: Request {
        get { ret.persons[0].requests[0] }
        set { ret.persons[0].requests[0] = newValue }
    }
    /// The first request's assessment.
    var assessment: Assessment {
        get { request.assessment ?? Assessment() }
        set { request.assessment = newValue }
    }
    /// The first request's named plan.
    var plan: NamedPlan {
        get { assessment.namedPlan ?? NamedPlan() }
        set { assessment.namedPlan = newValue }
    }
    /// The plan's first named setting.
    var detail: PlanDetail {
        get { plan.details[0] }
        set { plan.details[0] = newValue }
    }
    /// The first request's active plans.
    var active: ActivePlans {
        get { request.activePlans ?? ActivePlans() }
        set { request.activePlans = newValue }
    }
    /// The first placement.
    var placement: PlacementDetail {
        get { active.placements[0] }
        set { active.placements[0] = newValue }
    }
    /// The first need.
    var need: SENNeed {
        get { active.needs[0] }
        set { active.needs[0] = newValue }
    }

    /// Reads `input` into `item` of the first record of the item's module, as a sheet cell would.
    mutating func set(_ item: Item, _ input: CellValue) {
        switch item.module {
        case .collectionDetails, .source: ret.header.read(item, from: input)
        case .person: person.read(item, from: input)
        case .requests: request.read(item, from: input)
        case .assessment: assessment.read(item, from: input)
        case .namedPlan: plan.read(item, from: input)
        case .planDetail: detail.read(item, from: input)
        case .activePlans: active.read(item, from: input)
        case .placementDetail: placement.read(item, from: input)
        case .senNeed: need.read(item, from: input)
        }
    }

    /// The findings for the return as it stands.
    func findings(referenceDate: CalendarDate? = nil) -> [Finding] {
        var fixture = self
        fixture.locate()
        let ownLA = fixture.ret.header.lea.value
        return Validator.validate(fixture.ret, context: ValidationContext(year: year, referenceDate: referenceDate, ownLA: ownLA, isXML: isXML))
    }
}
