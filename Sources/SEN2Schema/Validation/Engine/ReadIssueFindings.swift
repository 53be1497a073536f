/// Turns what the reader found while linking tables into findings of the link rules, so that
/// each problem is reported once: by the reader, which must find it to build the return, and
/// under the rule the catalogue lists for it.
///
/// Values the reader could not read are not turned into findings here: they stay raw on the
/// records, and the item rules report them with a message that says what the item expects.
enum ReadIssueFindings {
    /// The findings for `report`'s issues, in reading order.
    static func findings(from report: ReadReport) -> [Finding] {
        report.issues.compactMap(finding)
    }

    static func finding(_ issue: ReadIssue) -> Finding? {
        guard let (rule, fix) = ruleAndFix(issue.kind) else { return nil }
        let value = issue.value.map { "\"\($0)\" " } ?? ""
        var said = issue.message
        while said.hasSuffix(".") || said.hasSuffix(" ") { said.removeLast() }
        let message = value + said + ". " + fix
        let path = issue.location.element.map { "Message/…/" + $0 } ?? (issue.location.sheet ?? issue.location.file)
        return Finding(ruleID: rule.id, severity: rule.severity, locations: [issue.location], path: path, person: nil, message: message)
    }

    private static func ruleAndFix(_ kind: ReadIssue.Kind) -> (Rule, String)? {
        switch kind {
        case .unreadableValue, .repeatedHeading, .formulaWithoutValue:
            // A repeated heading is about the sheet's layout, not the return: the reader's own
            // notice says which column is read.
            return nil
        case .unknownParent:
            return (LinkRules.unknownParent, "Correct the ID so that it matches a row of the table above, or add the missing row there.")
        case .missingParentID:
            return (LinkRules.missingParentID, "Give the ID of the row this one belongs to.")
        case .duplicateID:
            return (LinkRules.duplicateID, "Give each row its own ID.")
        case .tooManyRecords:
            return (LinkRules.tooManyRecords, "Merge the two rows, or link this one to the request it belongs to.")
        case .missingParentRecord:
            return (LinkRules.missingParentRecord, "Add the missing row with this request's ID.")
        case .notCollectedThisYear:
            return (LinkRules.notCollectedColumn, "Check the collection year, or remove the column.")
        case .unknownElement:
            return (LinkRules.unknownElement, "It was skipped. Check its spelling and the collection year, and correct the system that wrote the file.")
        case .unrecognisedTable:
            return (LinkRules.unrecognisedTable, "Give the sheet the template's headings, or describe its layout in a mapping file.")
        }
    }
}
