/// How two records were found to be the same person.
public enum LinkMethod: String, Sendable, Hashable, CaseIterable {
    /// The same UPN.
    case upn
    /// The same ULN.
    case uln
    /// The same normalised surname, forename and birth date.
    case nameAndBirthDate = "name_dob"
    /// Similar names and birth dates, weighed field by field.
    case fuzzy
}

/// A person found in both extracts.
public struct PersonLink: Hashable, Sendable {
    /// Index of the person in the old extract.
    public var old: Int
    /// Index of the person in the new extract.
    public var new: Int
    /// The stage that linked them.
    public var method: LinkMethod
    /// 0–1: 1 for a corroborated identifier or exact name-and-birth-date link.
    public var confidence: Double
}

/// A person of the old extract who could be any of several people of the new one.
public struct AmbiguousLink: Hashable, Sendable {
    /// Index of the person in the old extract.
    public var old: Int
    /// Indexes of the candidates in the new extract.
    public var candidates: [Int]
    /// Why no link was made.
    public var reason: String
}

/// The outcome of linking two extracts.
public struct LinkResult: Hashable, Sendable {
    /// Persons in both, in old-extract order.
    public var links: [PersonLink] = []
    /// Old persons with no counterpart.
    public var onlyOld: [Int] = []
    /// New persons with no counterpart (candidates of ambiguous links are not listed).
    public var onlyNew: [Int] = []
    /// Old persons that could be more than one new person, or whose only candidate
    /// contradicts them.
    public var ambiguous: [AmbiguousLink] = []

    /// The new index linked to each old index.
    public var newByOld: [Int: Int] { Dictionary(uniqueKeysWithValues: links.map { ($0.old, $0.new) }) }
}
