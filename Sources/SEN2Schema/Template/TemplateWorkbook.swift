import XLSXIO

/// Writes the workbook teams fill in for a collection year: a Guide, a Header sheet, and one
/// sheet per table linked by `Person ID` and `Request ID`, with `CODE – label` dropdowns for
/// coded items, date validation on date columns, 1/0 dropdowns for yes/no items, a note on
/// every heading, a frozen heading row, filters and readable widths.
///
/// Records are streamed: ``append(_:)`` writes a person's rows on every sheet at once, so a
/// national return can be turned into a workbook without holding it.
///
///     let book = try TemplateWorkbook(path: "SEN2-2027.xlsx", year: .y2027, la: LACode("202"))
///     try book.write(header: Header())
///     try book.finish()
public final class TemplateWorkbook {
    /// The collection year the columns follow.
    public let year: CollectionYear
    private let book: WorkbookWriter
    private let laOverride: LACode?
    private var sheets: [Table: SheetWriter] = [:]
    private var columns: [Table: [TemplateColumn]] = [:]
    /// Per table, the items that have values in some return but no column in this year.
    private var uncollected: [Table: [Item]] = [:]
    /// Items whose values were left out because the year has no column for them.
    public private(set) var itemsLeftOut: Set<Item> = []
    /// The header's `ReferenceDate` when it is not the year's census day. The workbook has no
    /// place for it (an export writes the census day), so whoever writes the workbook must say so.
    public private(set) var referenceDateNotKept: CalendarDate?
    private var headerWritten = false
    private var personCount = 0
    private var requestCount = 0
    private let dateStyle: StyleID
    private let textStyle: StyleID

    /// The tables in tab order after the Guide.
    public static let tables: [Table] = [.header, .persons, .requests, .assessments, .namedPlans, .planDetails,
                                         .activePlans, .placementDetails, .senNeeds]

    /// Starts a workbook at `path` (nothing exists there until ``finish()``).
    ///
    /// - Parameters:
    ///   - la: the LA code to put in the Header sheet, over any a header gives.
    ///   - properties: the document properties, when not the default (title "SEN2 return
    ///     <year>", created now); a fixed creation time makes the file reproducible.
    ///   - notice: a line shown first on the Guide sheet, such as a warning that the data are
    ///     synthetic.
    public init(path: String, year: CollectionYear, la: LACode? = nil, overwrite: Bool = false,
                properties: DocumentProperties? = nil, notice: String? = nil) throws(SEN2Error) {
        self.year = year
        laOverride = la
        do {
            book = try WorkbookWriter(path: path, options: .init(overwrite: overwrite))
            book.properties = properties ?? DocumentProperties(title: "SEN2 return \(year)")
            let headingStyle = book.style(CellStyle(font: .bold, fill: .solid(.lightGrey)))
            let linkStyle = book.style(CellStyle(font: .bold, fill: .solid(.lightYellow)))
            dateStyle = book.style(CellStyle(numberFormat: .ukDate))
            textStyle = book.style(CellStyle(numberFormat: .text))
            try TemplateGuide.write(into: book.addSheet(named: "Guide"), year: year, headingStyle: headingStyle, notice: notice)
            for table in TemplateWorkbook.tables {
                let sheet = try book.addSheet(named: table.sheetName)
                sheets[table] = sheet
                if table == .header {
                    try sheet.writeRow(["Item", "Value"], style: headingStyle)
                    continue
                }
                let cols = TemplateColumn.columns(of: table, year: year)
                columns[table] = cols
                uncollected[table] = Item.allCases.filter { table.modules.contains($0.module) && !year.declaration.collects($0) }
                try sheet.writeRow(cols.map { .string($0.heading) },
                                   styles: cols.map { if case .item = $0 { return headingStyle } else { return linkStyle } })
            }
        } catch {
            throw SEN2Error(file: path, message: error.message)
        }
    }

    /// Writes the Header sheet: the year, then the LA's own items with dropdowns.
    public func write(header: Header) throws(SEN2Error) {
        try guarded { () throws(XLSXError) in
            guard let sheet = sheets[.header], !headerWritten else { return }
            headerWritten = true
            var h = header
            h.year = .value(year.rawValue)
            if let laOverride { h.lea = .value(laOverride) }
            let items = year.declaration.items(of: .collectionDetails) + year.declaration.items(of: .source)
            // Header items have no table row, so the per-table check in `row` never sees them.
            for item in Item.allCases where (item.module == .collectionDetails || item.module == .source)
                && !item.isWrittenByTool && !year.declaration.collects(item) && h.field(item) != .absent {
                itemsLeftOut.insert(item)
            }
            if case .value(let date) = header.referenceDate, date != year.census { referenceDateNotKept = date }
            for spec in items where !spec.item.isWrittenByTool {
                try sheet.startRow()
                try sheet.write(.string(spec.item.heading), style: StyleID.standard)
                let value = CellWriting.value(h.field(spec.item), item: spec.item, year: year)
                try sheet.write(value, style: CellWriting.isText(spec.item) ? textStyle : .standard)
                let cell = CellReference(row: sheet.currentRow, column: 2)
                try sheet.addNote(at: CellReference(row: sheet.currentRow, column: 1), text: TemplateColumn.item(spec).note(in: year))
                if let list = CellWriting.dropdown(for: spec.item, year: year) {
                    try sheet.addDataValidation(listValidation(list, ranges: [CellRange(cell)], item: spec.item))
                }
            }
            try sheet.setColumnWidth(34, column: 1)
            try sheet.setColumnWidth(40, column: 2)
        }
    }

    /// Writes one person and everything under them, giving IDs to records that have none.
    public func append(_ person: Person) throws(SEN2Error) {
        try guarded { () throws(XLSXError) in
            personCount += 1
            let personID = person.id ?? "P\(personCount)"
            try row(.persons, person, personID: personID, requestID: nil)
            for request in person.requests {
                requestCount += 1
                let requestID = request.id ?? "R\(requestCount)"
                try row(.requests, request, personID: personID, requestID: requestID)
                if let assessment = request.assessment {
                    try row(.assessments, assessment, personID: nil, requestID: requestID)
                    if let plan = assessment.namedPlan {
                        try row(.namedPlans, plan, personID: nil, requestID: requestID)
                        for detail in plan.details { try row(.planDetails, detail, personID: nil, requestID: requestID) }
                    }
                }
                if let active = request.activePlans {
                    try row(.activePlans, active, personID: nil, requestID: requestID)
                    for placement in active.placements { try row(.placementDetails, placement, personID: nil, requestID: requestID) }
                    for need in active.needs { try row(.senNeeds, need, personID: nil, requestID: requestID) }
                }
            }
        }
    }

    /// Adds the validations, notes, widths, frozen rows and filters, and writes the file.
    public func finish() throws(SEN2Error) {
        if !headerWritten { try write(header: Header()) }
        try guarded { () throws(XLSXError) in
            for table in TemplateWorkbook.tables where table != .header {
                guard let sheet = sheets[table], let cols = columns[table] else { continue }
                for (i, column) in cols.enumerated() {
                    let c = i + 1
                    let heading = CellReference(row: 1, column: c)
                    try sheet.addNote(at: heading, text: column.note(in: year))
                    try sheet.setColumnWidth(TemplateWorkbook.width(for: column), column: c)
                    guard case .item(let spec) = column else { continue }
                    let range = [CellRange(CellReference(row: 2, column: c), CellReference(row: CellReference.maxRow, column: c))]
                    if let list = CellWriting.dropdown(for: spec.item, year: year) {
                        try sheet.addDataValidation(listValidation(list, ranges: range, item: spec.item))
                    } else if CellWriting.isDate(spec.item) {
                        var v = DataValidation(ranges: range, rule: .date(.between(CalendarDate(year: 1990, month: 1, day: 1),
                                                                                   CalendarDate(year: 2099, month: 12, day: 31))))
                        v.prompt = .init(title: spec.item.heading, message: "A date, dd/mm/yyyy")
                        v.error = .init(style: .stop, title: "Not a date", message: "Type a date as dd/mm/yyyy.")
                        try sheet.addDataValidation(v)
                    }
                }
                sheet.freezePanes(rows: 1)
                sheet.setAutoFilter(CellRange(CellReference(row: 1, column: 1),
                                              CellReference(row: max(sheet.currentRow, 2), column: max(cols.count, 1))))
            }
            try book.finish()
        }
    }

    /// The number of persons written so far.
    public var persons: Int { personCount }

    private func row<R: ItemRecord>(_ table: Table, _ record: R, personID: String?, requestID: String?) throws(XLSXError) {
        guard let sheet = sheets[table], let cols = columns[table] else { return }
        try sheet.startRow()
        for (i, column) in cols.enumerated() {
            switch column {
            case .personID: try sheet.write(.string(personID ?? ""), column: i + 1, style: textStyle)
            case .requestID: try sheet.write(.string(requestID ?? ""), column: i + 1, style: textStyle)
            case .item(let spec):
                let field = record.field(spec.item)
                if case .absent = field { continue }
                let style = CellWriting.isDate(spec.item) ? dateStyle : CellWriting.isText(spec.item) ? textStyle : .standard
                try sheet.write(CellWriting.value(field, item: spec.item, year: year), column: i + 1, style: style)
            }
        }
        try sheet.endRow()
        for item in uncollected[table] ?? [] where record.field(item) != .absent { itemsLeftOut.insert(item) }
    }

    private func listValidation(_ list: [String], ranges: [CellRange], item: Item) -> DataValidation {
        var v = DataValidation(ranges: ranges, rule: .list(list))
        v.error = .init(style: .warning, title: "Not in the list", message: "Pick a value from the list for \(item.heading).")
        return v
    }

    private func guarded(_ body: () throws(XLSXError) -> Void) throws(SEN2Error) {
        do { try body() } catch { throw SEN2Error(error) }
    }

    /// A width that shows the heading and typical values.
    static func width(for column: TemplateColumn) -> Double {
        switch column {
        case .personID, .requestID: return 12
        case .item(let spec):
            let minimum: Double
            switch spec.item.kind {
            case .date: minimum = 12
            case .code(.yesNo): minimum = 8
            case .code, .laCode: minimum = 24
            case .upn, .uln, .postcode: minimum = 15
            default: minimum = 10
            }
            return min(40, max(minimum, Double(spec.item.heading.count) + 2))
        }
    }
}

extension TemplateWorkbook {
    /// Writes a whole return as a filled template (or an empty template for an empty return).
    /// The seam for `sen2xl template --example`: a generated cohort goes through here.
    public static func write(_ sen2Return: SEN2Return, year: CollectionYear, la: LACode?, to path: String,
                             overwrite: Bool = false, properties: DocumentProperties? = nil, notice: String? = nil) throws(SEN2Error) {
        let book = try TemplateWorkbook(path: path, year: year, la: la, overwrite: overwrite, properties: properties, notice: notice)
        try book.write(header: sen2Return.header)
        for person in sen2Return.persons { try book.append(person) }
        try book.finish()
    }
}
