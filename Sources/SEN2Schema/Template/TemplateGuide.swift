import XLSXIO

/// The Guide sheet: what the workbook is for, how its sheets link, and how to enter values.
enum TemplateGuide {
    static func write(into sheet: SheetWriter, year: CollectionYear, headingStyle: StyleID, notice: String? = nil) throws(XLSXError) {
        let census = year.census
        let period = year.activityPeriod
        var lines: [(String, Bool)] = notice.map { [($0, true), ("", false)] } ?? []
        lines += [
            ("SEN2 return \(year): data entry workbook", true),
            ("", false),
            ("Census day: \(uk(census)). Activity (requests, assessments, plans issued or ceased) is for \(uk(period.lowerBound)) to \(uk(period.upperBound)).", false),
        ]
        if !year.isConfirmed {
            lines.append(("The \(year) specification is not yet published: this workbook follows the \(year.declaration.codeListYear) structure, requirements and code lists until it is.", false))
        }
        lines += [
            ("", false),
            ("How the sheets link", true),
            ("Header: the LA's details (LA number, designated officers). One value per item, in column B.", false),
            ("Persons: one row per child or young person. Give each a Person ID that no other row has (any text or number).", false),
            ("Requests: one row per request for an EHC needs assessment. Its Request ID must be unique; its Person ID says whose request it is.", false),
            ("Assessments, NamedPlans, ActivePlans: at most one row per request, found by its Request ID.", false),
            ("PlanDetails: up to two rows per request (the settings the plan names). PlacementDetails: one row per placement. SENNeeds: up to two rows per request.", false),
            ("A named plan belongs to the assessment of the same request; placements and needs belong to the request's active plan.", false),
            ("IDs link the sheets only; they are not sent to the DfE.", false),
            ("", false),
            ("How to enter values", true),
            ("Coded items have a dropdown of CODE – label entries. Typing the code alone, or the label alone, also works.", false),
            ("Dates: dd/mm/yyyy (typed as dates). Yes/no items: 1 for yes, 0 for no.", false),
            ("Leave a cell blank when the item does not apply. Each heading's note gives the item number, what it means and when it is needed.", false),
            ("Extra columns and blank rows are ignored; columns may be moved.", false),
            ("", false),
            ("When it is filled in", true),
            ("sen2xl export THIS_FILE --year \(year) -o SEN2_<LA>_\(year).xml writes the COLLECT file, checked against the \(year) schema.", false),
        ]
        for (text, isHeading) in lines {
            try sheet.writeRow([.string(text)], style: isHeading ? headingStyle : .standard)
        }
        try sheet.setColumnWidth(120, column: 1)
    }

    private static func uk(_ date: CalendarDate) -> String {
        let t = date.text
        return String(t.suffix(2)) + "/" + String(t.dropFirst(5).prefix(2)) + "/" + String(t.prefix(4))
    }
}
