import XLSXIO

extension ReconcileReport {
    /// The person items every sheet shows, in the return's order.
    static let personItems = ChildPairing.items(of: .persons)

    /// Writes the reconciliation as a workbook: a summary sheet; the matched persons (new
    /// values, with each differing cell highlighted and both values in its note); the persons
    /// only in the old or only in the new extract; the ambiguous persons with their candidates
    /// (a candidate's cells that disagree with the old person highlighted the same way); and
    /// every differing item of every table.
    public func writeWorkbook(to path: String, overwrite: Bool) throws(XLSXError) {
        let book = try WorkbookWriter(path: path, options: WorkbookWriter.Options(overwrite: overwrite))
        book.properties.title = "SEN2 reconciliation"
        let styles = ReportStyles(book)
        try writeSummary(book, styles)
        try writeMatched(book, styles)
        try writePersons(links.onlyOld.map { (oldID($0), old.persons[$0]) }, named: "Only in old", book, styles)
        try writePersons(links.onlyNew.map { (newID($0), new.persons[$0]) }, named: "Only in new", book, styles)
        try writeAmbiguous(book, styles)
        try writeDifferences(book, styles)
        try book.finish()
    }

    private func writeSummary(_ book: WorkbookWriter, _ styles: ReportStyles) throws(XLSXError) {
        let sheet = try book.addSheet(named: "Summary")
        try sheet.writeRow(["SEN2 reconciliation"], style: styles.title)
        let methods = Dictionary(grouping: links.links, by: \.method)
        var lines: [(String, Int)] = [("Persons in the old extract", old.persons.count), ("Persons in the new extract", new.persons.count),
                                      ("Matched", links.links.count)]
        lines += LinkMethod.allCases.map { ("  matched by \($0.label)", methods[$0]?.count ?? 0) }
        lines += [("Only in old", links.onlyOld.count), ("Only in new", links.onlyNew.count), ("Ambiguous", links.ambiguous.count),
                  ("Matched persons with differences", differences.filter { !$0.isEmpty }.count), ("Differing items", differenceCount)]
        lines += differencesByTable.map { ("  in \($0.table.sheetName)", $0.count) }
        for (label, count) in lines { try sheet.writeRow([.string(label), .number(Double(count))], styles: [styles.bold, styles.count]) }
        try sheet.setColumnWidth(40, column: 1)
        try sheet.setColumnWidth(12, column: 2)
    }

    private func personHeader(_ lead: [WriteValue]) -> [WriteValue] {
        lead + ReconcileReport.personItems.map { .string($0.heading) }
    }

    private func writeMatched(_ book: WorkbookWriter, _ styles: ReportStyles) throws(XLSXError) {
        let sheet = try book.addSheet(named: "Matched")
        try sheet.writeRow(personHeader(["Old ID", "New ID", "Method", "Confidence", "Differences"]), style: styles.header)
        for (link, list) in zip(links.links, differences) {
            try sheet.startRow()
            for value in [WriteValue.string(oldID(link.old)), .string(newID(link.new)), .string(link.method.rawValue)] { try sheet.write(value) }
            try sheet.write(.number((link.confidence * 100).rounded() / 100), style: styles.decimalHundredths)
            try sheet.write(.number(Double(list.count)))
            try writeItems(of: new.persons[link.new], against: old.persons[link.old], from: 6, sheet, styles, oldLabel: "Old", newLabel: "New")
            try sheet.endRow()
        }
        sheet.freezePanes(rows: 1, columns: 2)
        try sheet.setColumnWidth(14, columns: 1...(5 + ReconcileReport.personItems.count))
    }

    /// Writes the person items of `person` from column `first`; cells that differ from `other`
    /// are highlighted, with both values in a note.
    private func writeItems(of person: Person, against other: Person?, from first: Int, _ sheet: SheetWriter, _ styles: ReportStyles,
                            oldLabel: String, newLabel: String) throws(XLSXError) {
        for (offset, item) in ReconcileReport.personItems.enumerated() {
            let value = person.field(item).text ?? ""
            let column = first + offset
            let before = other.map { $0.field(item).text ?? "" }
            guard let before, before != value else {
                try sheet.write(.string(value), column: column)
                continue
            }
            try sheet.write(.string(value), column: column, style: styles.changed)
            try sheet.addNote(at: CellReference(row: sheet.currentRow, column: column),
                              text: "\(item.heading)\n\(oldLabel): \(before.isEmpty ? "(none)" : before)\n\(newLabel): \(value.isEmpty ? "(none)" : value)")
        }
    }

    private func writePersons(_ persons: [(String, Person)], named name: String, _ book: WorkbookWriter, _ styles: ReportStyles) throws(XLSXError) {
        let sheet = try book.addSheet(named: name)
        try sheet.writeRow(personHeader(["ID"]), style: styles.header)
        for (id, person) in persons {
            try sheet.startRow()
            try sheet.write(.string(id))
            try writeItems(of: person, against: nil, from: 2, sheet, styles, oldLabel: "", newLabel: "")
            try sheet.endRow()
        }
        sheet.freezePanes(rows: 1, columns: 1)
        try sheet.setColumnWidth(14, columns: 1...(1 + ReconcileReport.personItems.count))
    }

    private func writeAmbiguous(_ book: WorkbookWriter, _ styles: ReportStyles) throws(XLSXError) {
        let sheet = try book.addSheet(named: "Ambiguous")
        try sheet.writeRow(personHeader(["Old ID", "Candidate (new ID)", "Why not linked"]), style: styles.header)
        for a in links.ambiguous {
            try sheet.startRow()
            try sheet.write(.string(oldID(a.old)), style: styles.bold)
            try sheet.write(.string(""))
            try sheet.write(.string(a.reason))
            try writeItems(of: old.persons[a.old], against: nil, from: 4, sheet, styles, oldLabel: "", newLabel: "")
            try sheet.endRow()
            for candidate in a.candidates {
                try sheet.startRow()
                try sheet.write(.string(""))
                try sheet.write(.string(newID(candidate)))
                try sheet.write(.string(""))
                try writeItems(of: new.persons[candidate], against: old.persons[a.old], from: 4, sheet, styles,
                               oldLabel: "Old person", newLabel: "Candidate")
                try sheet.endRow()
            }
        }
        sheet.freezePanes(rows: 1)
        try sheet.setColumnWidth(14, columns: 1...2)
        try sheet.setColumnWidth(40, column: 3)
        try sheet.setColumnWidth(14, columns: 4...(3 + ReconcileReport.personItems.count))
    }

    private func writeDifferences(_ book: WorkbookWriter, _ styles: ReportStyles) throws(XLSXError) {
        let sheet = try book.addSheet(named: "Differences")
        try sheet.writeRow(["Old ID", "New ID", "Table", "Item", "Old value", "New value", "Old record", "New record"], style: styles.header)
        for (link, list) in zip(links.links, differences) {
            for d in list {
                try sheet.startRow()
                for value in [oldID(link.old), newID(link.new), d.table.sheetName, d.itemName] { try sheet.write(.string(value)) }
                try sheet.write(.string(d.oldValue), style: styles.changed)
                try sheet.write(.string(d.newValue), style: styles.changed)
                try sheet.addNote(at: CellReference(row: sheet.currentRow, column: 6),
                                  text: "\(d.table.sheetName) \(d.itemName)\nOld: \(d.oldValue.isEmpty ? "(none)" : d.oldValue)\nNew: \(d.newValue.isEmpty ? "(none)" : d.newValue)")
                try sheet.write(.string(d.oldOrigin.flatMap { old.location(of: $0, item: d.item) }?.description ?? ""))
                try sheet.write(.string(d.newOrigin.flatMap { new.location(of: $0, item: d.item) }?.description ?? ""))
                try sheet.endRow()
            }
        }
        sheet.freezePanes(rows: 1)
        try sheet.setColumnWidth(14, columns: 1...4)
        try sheet.setColumnWidth(30, columns: 5...6)
        try sheet.setColumnWidth(44, columns: 7...8)
    }
}
