/// Something the reader could not map, with exactly where it is and what was expected.
/// Reading carries on past every issue; nothing is guessed.
public struct ReadIssue: Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Hashable, Sendable {
        /// A value that is not a valid spelling of its item (kept raw on the record).
        case unreadableValue
        /// A row whose parent ID matches no parent record (the row is not in the return).
        case unknownParent
        /// A child row with no parent ID where one is needed (the row is not in the return).
        case missingParentID
        /// An ID used by two rows of the same table.
        case duplicateID
        /// A second record where the return allows one (a second assessment for a request).
        case tooManyRecords
        /// A record whose parent level is missing (a plan without an assessment row); an
        /// empty parent record was made to hold it.
        case missingParentRecord
        /// A column for an item the collection year does not collect (not exported).
        case notCollectedThisYear
        /// A table with no rows or no recognisable headings.
        case unrecognisedTable
        /// An XML element the return does not have (it was skipped).
        case unknownElement
        /// A second column headed with an item another column holds (it is not read).
        case repeatedHeading
        /// A formula cell with no saved result (the value is unknown, so not read).
        case formulaWithoutValue
    }

    /// A formula cell whose result was never saved: a program wrote the workbook and no
    /// spreadsheet application has calculated it.
    static func formulaWithoutValue(at location: SourceLocation) -> ReadIssue {
        ReadIssue(kind: .formulaWithoutValue, location: location,
                  message: "has a formula but no saved value: open and save the workbook in Excel or LibreOffice so the value is calculated")
    }

    /// The kind of problem.
    public var kind: Kind
    /// Where it is.
    public var location: SourceLocation
    /// The value as written, when the problem is about a value.
    public var value: String?
    /// What was expected, in words.
    public var message: String

    /// Creates an issue.
    public init(kind: Kind, location: SourceLocation, value: String? = nil, message: String) {
        self.kind = kind
        self.location = location
        self.value = value
        self.message = message
    }

    /// `file, sheet 'Persons', cell E7: "31/02/2024" is not …`.
    public var description: String {
        var text = location.description + ": "
        if let value { text += "\"" + value + "\" " }
        return text + message
    }
}

/// A column the reader did not recognise. Listed for the user; never fatal.
public struct UnknownColumn: Hashable, Sendable, CustomStringConvertible {
    /// The heading cell.
    public var location: SourceLocation
    /// The heading as written.
    public var heading: String
    /// The table the column was in.
    public var table: Table

    /// The value as text.
    public var description: String { "\(location): column \"\(heading)\" is not a \(table.sheetName) item; it was ignored" }
}

/// Everything the reader noticed while mapping the input onto the return.
public struct ReadReport: Hashable, Sendable {
    /// Problems found, in reading order.
    public var issues: [ReadIssue] = []
    /// Columns that were not recognised.
    public var unknownColumns: [UnknownColumn] = []
    /// Which source each table was read from.
    public var tables: [Table: SourceTable] = [:]

    /// An empty report.
    public init() {}
}
