/// The comparison of two extracts of the same population: who was linked and how, who is
/// only in one, who is ambiguous, and every item that differs for each linked person.
public struct ReconcileReport: Sendable {
    /// The old extract.
    public let old: SEN2Return
    /// The new extract.
    public let new: SEN2Return
    /// The links.
    public let links: LinkResult
    /// The differences of each link, in the order of ``LinkResult/links``.
    public let differences: [[RecordDifference]]

    /// Items one extract has no column for, which were therefore not compared.
    public let uncompared: [UncomparedItem]

    /// Links the persons of `old` and `new` and compares every linked pair on the items both
    /// carry.
    public init(old: SEN2Return, new: SEN2Return) {
        self.old = old
        self.new = new
        links = PersonLinker(old: old.persons, new: new.persons).link()
        let oldCoverage = ItemCoverage(old), newCoverage = ItemCoverage(new)
        let compared = Item.allCases.filter { oldCoverage.carries($0) && newCoverage.carries($0) }
        // Worth a notice only when the extract that has the column has values in it.
        let notCompared = Item.allCases.filter { $0.module.table != .header && !compared.contains($0) }
        let oldValues = notCompared.isEmpty ? [] : ItemCoverage.itemsWithValues(old)
        let newValues = notCompared.isEmpty ? [] : ItemCoverage.itemsWithValues(new)
        uncompared = notCompared.compactMap { item in
            let inOld = oldCoverage.carries(item), inNew = newCoverage.carries(item)
            guard (inOld && oldValues.contains(item)) || (inNew && newValues.contains(item)) else { return nil }
            return UncomparedItem(item: item, missingFromOld: !inOld, missingFromNew: !inNew)
        }
        repeatedOldIDs = ReconcileReport.repeatedIDs(old)
        repeatedNewIDs = ReconcileReport.repeatedIDs(new)
        let differ = RecordDiffer(items: Set(compared))
        differences = links.links.map { differ.differences(old: old.persons[$0.old], new: new.persons[$0.new]) }
    }

    /// How reports name old person `index`.
    public func oldID(_ index: Int) -> String { ReconcileReport.id(of: index, in: old, repeated: repeatedOldIDs) }

    /// How reports name new person `index`.
    public func newID(_ index: Int) -> String { ReconcileReport.id(of: index, in: new, repeated: repeatedNewIDs) }

    /// IDs that more than one person of an extract has. The reader reports each repeat, and
    /// links the rows below to the first; the report names such persons with their row too, so
    /// that two children are never shown as one.
    private let repeatedOldIDs: Set<String>, repeatedNewIDs: Set<String>

    private static func repeatedIDs(_ r: SEN2Return) -> Set<String> {
        var seen = Set<String>(), repeated = Set<String>()
        for (i, person) in r.persons.enumerated() where !seen.insert(person.displayID(index: i)).inserted {
            repeated.insert(person.displayID(index: i))
        }
        return repeated
    }

    private static func id(of index: Int, in r: SEN2Return, repeated: Set<String>) -> String {
        let id = r.persons[index].displayID(index: index)
        guard repeated.contains(id) else { return id }
        let row = r.persons[index].origin.row
        return row > 0 ? "\(id) (row \(row))" : "\(id) (person \(index + 1))"
    }

    /// The number of differing items over every linked pair.
    public var differenceCount: Int { differences.reduce(0) { $0 + $1.count } }

    /// The number of differences in each table, in table order.
    public var differencesByTable: [(table: Table, count: Int)] {
        var counts: [Table: Int] = [:]
        for list in differences { for d in list { counts[d.table, default: 0] += 1 } }
        return Table.allCases.compactMap { t in counts[t].map { (t, $0) } }
    }
}
