/// The placement groups of the DfE "Education, health and care plans" publication, used to set
/// an LA's placement mix beside England's and London's.
public enum PlacementGroup: String, CaseIterable, Sendable, Hashable {
    /// Mainstream schools, including resourced provision and SEN units.
    case mainstream = "Mainstream"
    /// Special schools (maintained, academy, free, independent, non-maintained).
    case special = "Special"
    /// Alternative provision and pupil referral units.
    case alternativeProvision = "AP / PRU"
    /// Further education: colleges, specialist post-16 institutions, other UKPRN providers.
    case furtherEducation = "Further education"
    /// Early years providers without a URN (SEN setting EYP).
    case earlyYears = "Early years"
    /// Educated elsewhere: the SEN setting codes other than EYP, Welsh and online providers.
    case educatedElsewhere = "Educated elsewhere"
    /// No rank-1 placement open on the reference date.
    case notRecorded = "Placement not recorded"
    /// A URN that the GIAS export does not have (cannot be grouped).
    case unclassified = "URN not in GIAS"

    /// The group of a setting named by code.
    public init(setting: SENSetting) {
        self = setting == .earlyYears ? .earlyYears : .educatedElsewhere
    }
}
