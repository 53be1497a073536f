import XLSXIO

/// A setting an EHC plan names (`PlanDetail`).
public struct PlanDetail: Hashable, Sendable {
    /// Where the record came from.
    public var origin: RecordOrigin = .none
    /// `URN`.
    public var urn: Field<URN> = nil
    /// `UKPRN`.
    public var ukprn: Field<UKPRN> = nil
    /// `SENsetting`.
    public var setting: Field<SENSetting> = nil
    /// `SENsettingOther`.
    public var settingOther: Field<String> = nil
    /// `PlacementRank`.
    public var rank: Field<Rank> = nil
    /// `SENunitIndicator`.
    public var senUnit: Field<YesNo> = nil
    /// `ResourcedProvisionIndicator`.
    public var resourcedProvision: Field<YesNo> = nil

    /// An empty detail.
    public init(origin: RecordOrigin = .none) { self.origin = origin }
}
