/// The main ethnic groups that ethnicity codes roll up to in national statistics.
public enum EthnicGroup: String, CaseIterable, Sendable, Hashable {
    /// White (codes beginning W).
    case white = "White"
    /// Mixed or multiple ethnic groups (codes beginning M).
    case mixed = "Mixed"
    /// Asian or Asian British (codes beginning A).
    case asian = "Asian"
    /// Black or Black British (codes beginning B).
    case black = "Black"
    /// Chinese (codes beginning C).
    case chinese = "Chinese"
    /// Any other ethnic group (codes beginning O).
    case other = "Any other ethnic group"
    /// Refused or not yet obtained.
    case unclassified = "Unclassified"
}
