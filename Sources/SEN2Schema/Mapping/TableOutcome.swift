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

    /// Adds the outcome to the assembler and the report.
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
        case .persons(let r): assembler.persons += r
        case .requests(let r): assembler.requests += r
        case .assessments(let r): assembler.assessments += r
        case .namedPlans(let r): assembler.namedPlans += r
        case .planDetails(let r): assembler.planDetails += r
        case .activePlans(let r): assembler.activePlans += r
        case .placements(let r): assembler.placements += r
        case .needs(let r): assembler.needs += r
        }
    }
}

/// Where a planned table is.
enum PlannedSource: Sendable {
    /// A worksheet, by name, of the workbook being read.
    case sheet(String)
    /// A CSV file.
    case csv(String)
}
