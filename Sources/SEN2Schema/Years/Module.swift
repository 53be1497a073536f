/// One element type of the return's XML tree whose items a year declares: the header's two
/// parts and the five person-level modules with their repeating details.
public enum Module: String, CaseIterable, Sendable, Hashable {
    /// `Header/CollectionDetails`.
    case collectionDetails
    /// `Header/Source`: the LA-level details.
    case source
    /// `Person` (module 1).
    case person
    /// `Requests` (module 2), 0..n per person.
    case requests
    /// `Assessment` (module 3), 0..1 per request.
    case assessment
    /// `NamedPlan` (module 4), 0..1 per assessment.
    case namedPlan
    /// `PlanDetail`, 0..2 per named plan.
    case planDetail
    /// `ActivePlans` (module 5), 0..1 per request.
    case activePlans
    /// `PlacementDetail`, 0..n per active plan.
    case placementDetail
    /// `SENneed`, 0..2 per active plan.
    case senNeed

    /// The XML element name.
    public var element: String {
        switch self {
        case .collectionDetails: return "CollectionDetails"
        case .source: return "Source"
        case .person: return "Person"
        case .requests: return "Requests"
        case .assessment: return "Assessment"
        case .namedPlan: return "NamedPlan"
        case .planDetail: return "PlanDetail"
        case .activePlans: return "ActivePlans"
        case .placementDetail: return "PlacementDetail"
        case .senNeed: return "SENneed"
        }
    }

    /// The workbook table (sheet) that holds this module's records.
    public var table: Table {
        switch self {
        case .collectionDetails, .source: return .header
        case .person: return .persons
        case .requests: return .requests
        case .assessment: return .assessments
        case .namedPlan: return .namedPlans
        case .planDetail: return .planDetails
        case .activePlans: return .activePlans
        case .placementDetail: return .placementDetails
        case .senNeed: return .senNeeds
        }
    }
}
