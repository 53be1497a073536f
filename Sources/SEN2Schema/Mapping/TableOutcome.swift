/// Everything read from one table, ready to merge into the return in a fixed order, so that
/// tables can be read on several threads and still give the same result every time.
struct TableOutcome: Sendable {
    /// The records, by table.
    enum Records: Sendable {
        case none
        case header(Header)
        case persons([KeyedRecord<Person>])
        case requests([KeyedRecord<Request>])
        case assessments([KeyedRecord<Assessment>])
        case namedPlans([KeyedRecord<NamedPlan>])
        case planDetails([KeyedRecord<PlanDetail>])
        case activePlans([KeyedRecord<ActivePlans>])
        case placements([KeyedRecord<PlacementDetail>])
        case needs([KeyedRecord<SENNeed>])
    }

    var table: Table
    var source: SourceTable
    var records: Records = .none
    /// The table the parent ID column refers to, when there is one.
    var parentTable: Table?
    var recognised = true
    var report = ReadReport()

    /// Adds the outcome to the assembler and the report. The first table of a kind hands its
    /// records over without a copy, so a large table is never held twice.
    func merge(into assembler: inout ReturnAssembler, header: inout Header, report: inout ReadReport) {
        assembler.sources.append(source)
        report.issues += self.report.issues
        report.unknownColumns += self.report.unknownColumns
        guard recognised else { return }
        report.tables[table] = source
        if let parentTable { assembler.parentTables[table] = parentTable }
        switch records {
        case .none: break
        case .header(let h): header = h
        case .persons(let r): TableOutcome.add(r, to: &assembler.persons)
        case .requests(let r): TableOutcome.add(r, to: &assembler.requests)
        case .assessments(let r): TableOutcome.add(r, to: &assembler.assessments)
        case .namedPlans(let r): TableOutcome.add(r, to: &assembler.namedPlans)
        case .planDetails(let r): TableOutcome.add(r, to: &assembler.planDetails)
        case .activePlans(let r): TableOutcome.add(r, to: &assembler.activePlans)
        case .placements(let r): TableOutcome.add(r, to: &assembler.placements)
        case .needs(let r): TableOutcome.add(r, to: &assembler.needs)
        }
    }

    /// Appends `records`, or takes them as they are when nothing is there yet.
    private static func add<R>(_ records: [R], to list: inout [R]) {
        if list.isEmpty { list = records } else { list += records }
    }
}

/// Where a planned table is.
enum PlannedSource: Sendable {
    /// A worksheet, by name, of the workbook being read.
    case sheet(String)
    /// A CSV file.
    case csv(String)
}
