/// What a plan's `PlanDetail` and a `PlacementDetail` have in common: a setting given by
/// exactly one of URN, UKPRN or SEN setting, a rank, and the unit and resourced-provision
/// indicators. Rules about settings are written once against this view.
public struct SettingView: Sendable {
    /// Where the record came from.
    let origin: RecordOrigin
    /// The record's module (`planDetail` or `placementDetail`).
    let module: Module
    /// The record's 0-based position among its siblings.
    let index: Int
    /// `URN`.
    let urn: Field<URN>
    /// `UKPRN`.
    let ukprn: Field<UKPRN>
    /// `SENsetting`.
    let setting: Field<SENSetting>
    /// `SENsettingOther`.
    let settingOther: Field<String>
    /// `PlacementRank`.
    let rank: Field<Rank>
    /// `SENunitIndicator`.
    let senUnit: Field<YesNo>
    /// `ResourcedProvisionIndicator`.
    let resourcedProvision: Field<YesNo>
    /// The items of this kind of record.
    let items: SettingItems

    /// A plan's named setting.
    init(_ d: PlanDetail, index: Int) {
        origin = d.origin; module = .planDetail; self.index = index
        urn = d.urn; ukprn = d.ukprn; setting = d.setting; settingOther = d.settingOther
        rank = d.rank; senUnit = d.senUnit; resourcedProvision = d.resourcedProvision
        items = .plan
    }

    /// A placement.
    init(_ p: PlacementDetail, index: Int) {
        origin = p.origin; module = .placementDetail; self.index = index
        urn = p.urn; ukprn = p.ukprn; setting = p.setting; settingOther = p.settingOther
        rank = p.rank; senUnit = p.senUnit; resourcedProvision = p.resourcedProvision
        items = .placement
    }

    /// The record's item `item` (the whole record when nil), as a finding target.
    func target(_ item: Item?) -> Target { Target(origin: origin, item: item, module: module, index: index) }

    /// "setting named in the plan" or "placement", for messages.
    var noun: String { module == .planDetail ? "setting named in the plan" : "placement" }
}

/// The items of one kind of setting record.
struct SettingItems: Sendable {
    let urn, ukprn, setting, settingOther, rank, senUnit, resourcedProvision: Item

    static let plan = SettingItems(urn: .planURN, ukprn: .planUKPRN, setting: .planSENSetting, settingOther: .planSENSettingOther,
                                   rank: .planPlacementRank, senUnit: .planSENUnitIndicator,
                                   resourcedProvision: .planResourcedProvisionIndicator)
    static let placement = SettingItems(urn: .placementURN, ukprn: .placementUKPRN, setting: .placementSENSetting,
                                        settingOther: .placementSENSettingOther, rank: .placementRank, senUnit: .senUnitIndicator,
                                        resourcedProvision: .resourcedProvisionIndicator)
}
