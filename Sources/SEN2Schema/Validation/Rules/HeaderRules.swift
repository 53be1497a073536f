/// Rules about the return's header (`CollectionDetails` and `Source`). Items the tool writes
/// on export are checked when they are given, so a workbook may leave them out.
enum HeaderRules {
    static let all = [collection, year, referenceDate, sourceLevel, serialNumber]

    /// SX001: Collection is not SEN2.
    static let collection = Rule(
        "SX001", .error, items: [.collection], title: "Collection is not SEN2",
        check: .header { header, run in
            guard let value = header.collection.text, value.uppercased() != "SEN2" else { return }
            run.flag("The collection is \"\(value)\", but this return is SEN2. Write SEN2.", Target(header, .collection))
        })

    /// SX002: Year is not the collection year being checked.
    static let year = Rule(
        "SX002", .error, items: [.year], title: "Year is not the collection year being checked",
        check: .header { header, run in
            guard let text = header.year.text, text != run.year.description else { return }
            run.flag("The header says the collection year is \(text), but the return is being checked as the \(run.year) collection. "
                     + "Correct the Year, or check the return with --year \(text).", Target(header, .year))
        })

    /// SX003: Reference date is not the census day. The digest infers that ReferenceDate is the census day of
    /// the collection year; the official rule is not published.
    static let referenceDate = Rule(
        "SX003", .error, items: [.referenceDate], title: "Reference date is not the census day",
        reading: "The digest infers that ReferenceDate is the census day of the collection year; the official rule is not published.",
        check: .header { header, run in
            guard let date = header.referenceDate.value, date != run.year.census else { return }
            run.flag("The reference date \(Wording.date(date)) is not the \(run.year) census day, \(Wording.date(run.year.census)). "
                     + "Use the census day.", Target(header, .referenceDate))
        })

    /// SX004: Source level is not L.
    static let sourceLevel = Rule(
        "SX004", .error, items: [.sourceLevel], title: "Source level is not L",
        check: .header { header, run in
            guard let value = header.sourceLevel.text, value.uppercased() != "L" else { return }
            run.flag("The source level is \"\(value)\", but a local authority's return has source level L. Write L.",
                     Target(header, .sourceLevel))
        })

    /// SX005: Serial number is not three or more digits.
    static let serialNumber = Rule(
        "SX005", .error, items: [.serialNo], title: "Serial number is not three or more digits",
        check: .header { header, run in
            guard let value = header.serialNo.text else { return }
            guard value.utf8.count < 3 || !value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return }
            run.flag("The serial number \"\(value)\" should be digits, at least three (001 for the first file sent for this collection).",
                     Target(header, .serialNo))
        })
}
