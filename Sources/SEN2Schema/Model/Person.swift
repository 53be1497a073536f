import XLSXIO

/// Module 1: one child or young person, with their requests for assessment.
public struct Person: Hashable, Sendable {
    /// Where the record came from.
    public var origin: RecordOrigin = .none
    /// The workbook's `Person ID` (not part of the XML; links the tables of a workbook).
    public var id: String?
    /// 1.1 `Surname`.
    public var surname: Field<String> = nil
    /// 1.2 `Forename`.
    public var forename: Field<String> = nil
    /// 1.3 `PersonBirthDate`.
    public var birthDate: Field<CalendarDate> = nil
    /// 1.4 `Sex`.
    public var sex: Field<Sex> = nil
    /// 1.5 `Ethnicity`.
    public var ethnicity: Field<Ethnicity> = nil
    /// 1.6 `PostCode`.
    public var postcode: Field<Postcode> = nil
    /// 1.7a `UPN`.
    public var upn: Field<UPN> = nil
    /// 1.7b `UniqueLearnerNumber`.
    public var uln: Field<ULN> = nil
    /// 1.7c `UPNunknown`.
    public var upnUnknown: Field<UPNUnknownReason> = nil
    /// Module 2 records.
    public var requests: [Request] = []

    /// An empty person.
    public init(origin: RecordOrigin = .none, id: String? = nil) {
        self.origin = origin
        self.id = id
    }
}
