import XLSXIO

/// The one place that maps each of ``PlanDetail``'s items to its field.
extension PlanDetail: ItemRecord {
    /// The table this record\'s rows live in.
    public static let table = Table.planDetails

    /// The state and text of `item`; absent for items of other tables.
    public func field(_ item: Item) -> FieldText {
        switch item {
        case .planURN: return urn.fieldText
        case .planUKPRN: return ukprn.fieldText
        case .planSENSetting: return setting.fieldText
        case .planSENSettingOther: return settingOther.fieldText
        case .planPlacementRank: return rank.fieldText
        case .planSENUnitIndicator: return senUnit.fieldText
        case .planResourcedProvisionIndicator: return resourcedProvision.fieldText
        default: return .absent
        }
    }

    /// Reads `item` from cell input; false when unreadable (kept raw) or not this record's item.
    @discardableResult
    public mutating func read(_ item: Item, from input: CellValue) -> Bool {
        switch item {
        case .planURN: return urn.read(input)
        case .planUKPRN: return ukprn.read(input)
        case .planSENSetting: return setting.read(input)
        case .planSENSettingOther: return settingOther.read(input)
        case .planPlacementRank: return rank.read(input)
        case .planSENUnitIndicator: return senUnit.read(input)
        case .planResourcedProvisionIndicator: return resourcedProvision.read(input)
        default: return false
        }
    }
}
