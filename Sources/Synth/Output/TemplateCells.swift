import SEN2Schema
import XLSXIO

/// Finds the cell of the template workbook that holds a planted mistake, by counting each
/// table's rows as persons are appended in the order ``TemplateWorkbook/append(_:)`` writes
/// them: the person, then each request with its assessment, named plan, plan details, active
/// plan, placements and needs. The heading is row 1.
struct TemplateCells {
    let year: CollectionYear
    private var rowsWritten: [Table: Int] = [:]
    private let columns: [Table: [TemplateColumn]]

    init(year: CollectionYear) {
        self.year = year
        var columns: [Table: [TemplateColumn]] = [:]
        for table in Table.allCases where table != .header { columns[table] = TemplateColumn.columns(of: table, year: year) }
        self.columns = columns
    }

    /// The sheet and cell of `mistake`, planted in `person`, who is about to be appended.
    func cell(of mistake: PlantedMistake, in person: Person) -> (sheet: String, cell: String)? {
        guard let offset = TemplateCells.offset(of: mistake, in: person), let cols = columns[mistake.table] else { return nil }
        let row = 1 + (rowsWritten[mistake.table] ?? 0) + offset + 1
        let column: Int?
        if let item = mistake.item {
            column = cols.firstIndex { if case .item(let spec) = $0 { return spec.item == item } else { return false } }.map { $0 + 1 }
        } else {
            column = 1
        }
        guard let column else { return nil }
        return (mistake.table.sheetName, CellReference(row: row, column: column).description)
    }

    /// Counts the rows `person` adds to each table.
    mutating func advance(over person: Person) {
        TemplateCells.forEachRecord(of: person) { table, _, _ in rowsWritten[table, default: 0] += 1 }
    }

    /// The position of the mistaken record among the person's rows of its table.
    private static func offset(of m: PlantedMistake, in person: Person) -> Int? {
        var seen = 0
        var found: Int?
        forEachRecord(of: person) { table, request, position in
            guard table == m.table, found == nil else { return }
            if table == .persons || (request == m.request && position == (m.position ?? 0)) { found = seen }
            seen += 1
        }
        return found
    }

    /// Calls `body` with the table, request index and position of each of a person's rows, in
    /// the template's writing order.
    private static func forEachRecord(of person: Person, _ body: (Table, Int?, Int) -> Void) {
        body(.persons, nil, 0)
        for (r, request) in person.requests.enumerated() {
            body(.requests, r, 0)
            if let assessment = request.assessment {
                body(.assessments, r, 0)
                if let plan = assessment.namedPlan {
                    body(.namedPlans, r, 0)
                    for i in plan.details.indices { body(.planDetails, r, i) }
                }
            }
            if let active = request.activePlans {
                body(.activePlans, r, 0)
                for i in active.placements.indices { body(.placementDetails, r, i) }
                for i in active.needs.indices { body(.senNeeds, r, i) }
            }
        }
    }
}
