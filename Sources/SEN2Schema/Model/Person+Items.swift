import XLSXIO

/// The one place that maps each of ``Person``'s items to its field.
extension Person: ItemRecord {
    /// The table this record\'s rows live in.
    public static let table = Table.persons

    /// The state and text of `item`; absent for items of other tables.
    public func field(_ item: Item) -> FieldText {
        switch item {
        case .surname: return surname.fieldText
        case .forename: return forename.fieldText
        case .personBirthDate: return birthDate.fieldText
        case .sex: return sex.fieldText
        case .ethnicity: return ethnicity.fieldText
        case .postCode: return postcode.fieldText
        case .upn: return upn.fieldText
        case .uniqueLearnerNumber: return uln.fieldText
        case .upnUnknown: return upnUnknown.fieldText
        default: return .absent
        }
    }

    /// Reads `item` from cell input; false when unreadable (kept raw) or not this record's item.
    @discardableResult
    public mutating func read(_ item: Item, from input: CellValue) -> Bool {
        switch item {
        case .surname: return surname.read(input)
        case .forename: return forename.read(input)
        case .personBirthDate: return birthDate.read(input)
        case .sex: return sex.read(input)
        case .ethnicity: return ethnicity.read(input)
        case .postCode: return postcode.read(input)
        case .upn: return upn.read(input)
        case .uniqueLearnerNumber: return uln.read(input)
        case .upnUnknown: return upnUnknown.read(input)
        default: return false
        }
    }
}
