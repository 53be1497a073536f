/// Which items an extract carries: every item for COLLECT XML, otherwise the items whose
/// column the reader recognised on the table's sheet or CSV file.
///
/// A reconciliation compares an item only when both extracts carry it. An extract whose
/// heading was not recognised has no value for any person, and reporting that as a
/// difference for everyone would bury the real ones; the item is listed as not compared
/// instead, so the user can map the column.
public struct ItemCoverage: Sendable {
    private let carriesEverything: Bool
    private let carried: Set<Item>

    /// The coverage of a return, from the sources it was read from (a return made in code,
    /// with no sources, carries every item).
    public init(_ sen2Return: SEN2Return) {
        carriesEverything = sen2Return.sources.isEmpty || sen2Return.sources.contains { $0.format == .xml }
        carried = Set(sen2Return.sources.flatMap { Array($0.columns.keys) + Array($0.itemRows.keys) })
    }

    /// True when the extract has a column (or XML element) for `item`.
    public func carries(_ item: Item) -> Bool { carriesEverything || carried.contains(item) }

    /// The items some record of `sen2Return` gives a value for.
    static func itemsWithValues(_ sen2Return: SEN2Return) -> Set<Item> {
        var found = Set<Item>()
        func note<R: ItemRecord>(_ record: R) {
            for item in ChildPairing.items(of: R.table) where !found.contains(item) && record.field(item).text != nil {
                found.insert(item)
            }
        }
        for person in sen2Return.persons {
            note(person)
            for request in person.requests {
                note(request)
                if let assessment = request.assessment {
                    note(assessment)
                    if let plan = assessment.namedPlan { note(plan); plan.details.forEach(note) }
                }
                if let active = request.activePlans {
                    note(active)
                    active.placements.forEach(note)
                    active.needs.forEach(note)
                }
            }
        }
        return found
    }
}

/// An item one extract does not carry, so it was not compared.
public struct UncomparedItem: Sendable, Hashable {
    /// The item.
    public let item: Item
    /// True when the old extract lacks it, false when the new one does (both may).
    public let missingFromOld: Bool
    /// True when the new extract lacks it.
    public let missingFromNew: Bool

    /// `Surname (Persons) is not in NEW, so it was not compared`.
    public var message: String {
        let sides = missingFromOld && missingFromNew ? "either extract" : missingFromOld ? "OLD" : "NEW"
        return "\(item.element) (\(item.module.table.sheetName)) has no recognised column in \(sides), so it was not compared; "
            + "a mapping file (--mapping-old / --mapping-new) can name the column"
    }
}
