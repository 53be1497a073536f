import XLSXIO

/// The one place that maps each of ``PlacementDetail``'s items to its field.
extension PlacementDetail: ItemRecord {
    /// The table this record\'s rows live in.
    public static let table = Table.placementDetails

    /// The state and text of `item`; absent for items of other tables.
    public func field(_ item: Item) -> FieldText {
        switch item {
        case .placementURN: return urn.fieldText
        case .placementUKPRN: return ukprn.fieldText
        case .placementSENSetting: return setting.fieldText
        case .placementSENSettingOther: return settingOther.fieldText
        case .placementRank: return rank.fieldText
        case .entryDate: return entryDate.fieldText
        case .leavingDate: return leavingDate.fieldText
        case .senUnitIndicator: return senUnit.fieldText
        case .resourcedProvisionIndicator: return resourcedProvision.fieldText
        case .res: return residential.fieldText
        case .wbp: return workBasedLearning.fieldText
        default: return .absent
        }
    }

    /// Reads `item` from cell input; false when unreadable (kept raw) or not this record's item.
    @discardableResult
    public mutating func read(_ item: Item, from input: CellValue) -> Bool {
        switch item {
        case .placementURN: return urn.read(input)
        case .placementUKPRN: return ukprn.read(input)
        case .placementSENSetting: return setting.read(input)
        case .placementSENSettingOther: return settingOther.read(input)
        case .placementRank: return rank.read(input)
        case .entryDate: return entryDate.read(input)
        case .leavingDate: return leavingDate.read(input)
        case .senUnitIndicator: return senUnit.read(input)
        case .resourcedProvisionIndicator: return resourcedProvision.read(input)
        case .res: return residential.read(input)
        case .wbp: return workBasedLearning.read(input)
        default: return false
        }
    }
}
