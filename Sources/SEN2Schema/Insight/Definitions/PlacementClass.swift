import XLSXIO

/// How a caseload plan's placement is classed: its rank-1 placement open on the reference date.
public enum PlacementClass {
    /// The key when no rank-1 placement is open on the reference date.
    public static let notRecorded = "not recorded"
    /// The key of a URN placement when no GIAS export is given.
    public static let urn = "URN"
    /// The key of a UKPRN placement.
    public static let ukprn = "UKPRN"
    /// The key of a URN that the GIAS export does not have.
    public static let urnNotInGIAS = "URN not in GIAS"

    /// The placement breakdown's definition.
    public static let definition = FigureDefinition(
        id: "placement", title: "Placement",
        text: "The rank-1 placement open on the reference date (entry date on or before it, no leaving date or one "
            + "after it): its SEN setting code, or URN or UKPRN. With a GIAS export, URNs are classed by establishment "
            + "type and phase. 'not recorded' when no such placement exists.")

    /// The rank-1 placement open on `date` (the latest entered when there are several).
    public static func openPrimaryPlacement(of activePlans: ActivePlans?, on date: CalendarDate) -> PlacementDetail? {
        var best: PlacementDetail?
        for placement in activePlans?.placements ?? [] where placement.rank.value == .primary {
            guard let entry = placement.entryDate.value, entry <= date else { continue }
            if let leaving = placement.leavingDate.value, leaving <= date { continue }
            if let current = best?.entryDate.value, current > entry { continue }
            best = placement
        }
        return best
    }

    /// The placement's key: its setting code, `URN` (or the GIAS type and phase), or `UKPRN`.
    public static func key(of placement: PlacementDetail?, gias: GIASDirectory?) -> String {
        guard let placement else { return notRecorded }
        if let setting = placement.setting.value { return setting.code }
        if let urn = placement.urn.value {
            guard let gias else { return self.urn }
            return gias[urn]?.typeAndPhase ?? urnNotInGIAS
        }
        if placement.ukprn.value != nil { return ukprn }
        return notRecorded
    }

    /// The placement's group in the DfE publication, when it can be told (a URN needs GIAS).
    public static func group(of placement: PlacementDetail?, gias: GIASDirectory?) -> PlacementGroup? {
        guard let placement else { return .notRecorded }
        if let setting = placement.setting.value { return PlacementGroup(setting: setting) }
        if let urn = placement.urn.value {
            guard let gias else { return nil }
            return gias[urn]?.placementGroup ?? .unclassified
        }
        if placement.ukprn.value != nil { return .furtherEducation }
        return .notRecorded
    }
}
