import XLSXIO

/// One placement of an active plan (`PlacementDetail`).
public struct PlacementDetail: Hashable, Sendable {
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
    /// `EntryDate`.
    public var entryDate: Field<CalendarDate> = nil
    /// `LeavingDate`.
    public var leavingDate: Field<CalendarDate> = nil
    /// `SENunitIndicator`.
    public var senUnit: Field<YesNo> = nil
    /// `ResourcedProvisionIndicator`.
    public var resourcedProvision: Field<YesNo> = nil
    /// `Res`.
    public var residential: Field<ResidentialSetting> = nil
    /// `WBP`.
    public var workBasedLearning: Field<WorkBasedLearning> = nil

    /// An empty placement.
    public init(origin: RecordOrigin = .none) { self.origin = origin }
}
