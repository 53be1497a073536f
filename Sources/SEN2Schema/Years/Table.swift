/// One table of the workbook layout: a sheet of the template, a sheet or CSV file of an
/// extract. Child tables link to their parents through ID columns.
public enum Table: String, CaseIterable, Sendable, Hashable {
    /// The return's LA-level details (one record).
    case header
    /// One row per person.
    case persons
    /// One row per request for assessment; carries `Person ID`.
    case requests
    /// At most one row per request.
    case assessments
    /// At most one row per request (the plan issued after its assessment).
    case namedPlans
    /// Up to two rows per request (the settings its plan names).
    case planDetails
    /// At most one row per request.
    case activePlans
    /// Any number of rows per request.
    case placementDetails
    /// Up to two rows per request.
    case senNeeds

    /// The template's sheet name.
    public var sheetName: String {
        switch self {
        case .header: return "Header"
        case .persons: return "Persons"
        case .requests: return "Requests"
        case .assessments: return "Assessments"
        case .namedPlans: return "NamedPlans"
        case .planDetails: return "PlanDetails"
        case .activePlans: return "ActivePlans"
        case .placementDetails: return "PlacementDetails"
        case .senNeeds: return "SENNeeds"
        }
    }

    /// The modules whose items this table's columns hold.
    public var modules: [Module] {
        switch self {
        case .header: return [.collectionDetails, .source]
        case .persons: return [.person]
        case .requests: return [.requests]
        case .assessments: return [.assessment]
        case .namedPlans: return [.namedPlan]
        case .planDetails: return [.planDetail]
        case .activePlans: return [.activePlans]
        case .placementDetails: return [.placementDetail]
        case .senNeeds: return [.senNeed]
        }
    }

    /// The table this one's rows belong to, or nil for the header and persons.
    public var parent: Table? {
        switch self {
        case .header, .persons: return nil
        case .requests: return .persons
        case .assessments, .activePlans: return .requests
        case .namedPlans: return .assessments
        case .planDetails: return .namedPlans
        case .placementDetails, .senNeeds: return .activePlans
        }
    }
}
