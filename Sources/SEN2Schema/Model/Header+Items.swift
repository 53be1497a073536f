import XLSXIO

/// The one place that maps each of ``Header``'s items to its field.
extension Header: ItemRecord {
    /// The table this record\'s rows live in.
    public static let table = Table.header

    /// The state and text of `item`; absent for items of other tables.
    public func field(_ item: Item) -> FieldText {
        switch item {
        case .collection: return collection.fieldText
        case .year: return year.fieldText
        case .referenceDate: return referenceDate.fieldText
        case .sourceLevel: return sourceLevel.fieldText
        case .lea: return lea.fieldText
        case .softwareCode: return softwareCode.fieldText
        case .release: return release.fieldText
        case .serialNo: return serialNo.fieldText
        case .dateTime: return dateTime.fieldText
        case .dmo: return dmo.fieldText
        case .dco: return dco.fieldText
        case .dsco: return dsco.fieldText
        default: return .absent
        }
    }

    /// Reads `item` from cell input; false when unreadable (kept raw) or not this record's item.
    @discardableResult
    public mutating func read(_ item: Item, from input: CellValue) -> Bool {
        switch item {
        case .collection: return collection.read(input)
        case .year: return year.read(input)
        case .referenceDate: return referenceDate.read(input)
        case .sourceLevel: return sourceLevel.read(input)
        case .lea: return lea.read(input)
        case .softwareCode: return softwareCode.read(input)
        case .release: return release.read(input)
        case .serialNo: return serialNo.read(input)
        case .dateTime: return dateTime.read(input)
        case .dmo: return dmo.read(input)
        case .dco: return dco.read(input)
        case .dsco: return dsco.read(input)
        default: return false
        }
    }
}
