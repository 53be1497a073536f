import XLSXIO
@testable import SEN2Schema

/// Rewrites a template workbook as another system would export it: the DfE template's table
/// titles as sheet names, COLLECT Blade's lower-case element names as headings, the DfE
/// template's long ID headings, and no Guide sheet.
enum Reheading {
    static func rewrite(_ source: String, to destination: String) throws {
        let input = try Workbook(path: source)
        let output = try WorkbookWriter(path: destination)
        for info in input.sheets {
            guard let table = TemplateWorkbook.tables.first(where: { $0.sheetName == info.name }), table != .header else { continue }
            let sheet = try output.addSheet(named: sheetName(table))
            let reader = try input.openSheet(info)
            var first = true
            while let row = try reader.next() {
                try sheet.startRow()
                for cell in row.cells {
                    var value = WriteValue(cell.value)
                    if first, case .string(let heading) = cell.value { value = .string(renamed(heading, in: table)) }
                    try sheet.write(value, column: cell.column)
                }
                first = false
            }
        }
        try output.finish()
    }

    static func sheetName(_ table: Table) -> String {
        switch table {
        case .persons: return "Person Record"
        case .requests: return "Requests Records"
        case .assessments: return "Assessments Records"
        case .namedPlans: return "Named Plan Records"
        case .planDetails: return "Plan Detail Records"
        case .activePlans: return "Active Plan Records"
        case .placementDetails: return "Placement Detail Records"
        case .senNeeds: return "SEN Need Records"
        case .header: return "Header Record"
        }
    }

    static func renamed(_ heading: String, in table: Table) -> String {
        if heading == "Person ID" { return "Person ID (This must be a unique ID for each Person record)" }
        if heading == "Request ID" { return "Requests record ID (This must match the relevant ID in the Requests table)" }
        if let item = Item.allCases.first(where: { $0.heading == heading && $0.module.table == table }) { return item.element.lowercased() }
        return heading
    }
}
