/// Rules about how the workbook's tables link together through their ID columns. The reader
/// finds these problems while it links rows (it must, to build the return), and the validator
/// reports what it found under these rules, so nothing is reported twice.
enum LinkRules {
    static let all = [unknownParent, missingParentID, duplicateID, tooManyRecords, missingParentRecord, notCollectedColumn, unrecognisedTable, unknownElement]

    /// SX701: Row whose parent ID matches no record. A row that cannot be linked is left out of the return,
    /// so it is an error until its ID is corrected.
    static let unknownParent = Rule(
        "SX701", .error, items: [], source: .template, title: "Row whose parent ID matches no record",
        reading: "A row that cannot be linked is left out of the return, so it is an error until its ID is corrected.", check: .linking)

    /// SX702: Row with no parent ID.
    static let missingParentID = Rule(
        "SX702", .error, items: [], source: .template, title: "Row with no parent ID", check: .linking)

    /// SX703: ID used by two rows of the same table.
    static let duplicateID = Rule(
        "SX703", .error, items: [], source: .template, title: "ID used by two rows of the same table", check: .linking)

    /// SX704: Second record where the return allows one. A request has at most one assessment, one named plan
    /// and one active plan record.
    static let tooManyRecords = Rule(
        "SX704", .error, items: [], source: .template, title: "Second record where the return allows one",
        reading: "A request has at most one assessment, one named plan and one active plan record.", check: .linking)

    /// SX705: Record whose parent row is missing. A named plan needs its assessment row, a placement or need
    /// its active plan row.
    static let missingParentRecord = Rule(
        "SX705", .error, items: [], source: .template, title: "Record whose parent row is missing",
        reading: "A named plan needs its assessment row, a placement or need its active plan row.", check: .linking)

    /// SX706: Column for an item the year does not collect. The values are read but not exported; the column
    /// is reported once, at its heading.
    static let notCollectedColumn = Rule(
        "SX706", .query, items: [], source: .template, title: "Column for an item the year does not collect",
        reading: "The values are read but not exported; the column is reported once, at its heading.", check: .linking)

    /// SX707: Sheet or file with no recognisable heading row.
    static let unrecognisedTable = Rule(
        "SX707", .error, items: [], source: .template, title: "Sheet or file with no recognisable heading row", check: .linking)

    /// SX708: XML element that is not part of the year's return. COLLECT checks files against the year's
    /// schema, so an element it does not know (misspelt, or from another year) stops the file loading.
    static let unknownElement = Rule(
        "SX708", .error, items: [], source: .schema, title: "XML element that is not part of the year's return",
        reading: "COLLECT checks files against the year's schema, so an element it does not know (misspelt, or from another year) "
            + "stops the file loading.", check: .linking)
}
