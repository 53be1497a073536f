/// What kind of value an item holds, which decides how it is read, written, validated by
/// the XSD and offered in the template.
public enum ValueKind: Hashable, Sendable {
    /// Free text.
    case text
    /// A calendar date (`yyyy-mm-dd` in the XML, `dd/mm/yyyy` in the template).
    case date
    /// A date and time (`yyyy-mm-ddThh:mm:ss`).
    case dateTime
    /// A four-digit year.
    case year
    /// A code from a code set; yes/no indicators and ranks are code sets too.
    case code(CodeSetID)
    /// A 3-digit local authority code.
    case laCode
    /// A Unique Pupil Number.
    case upn
    /// A Unique Learner Number.
    case uln
    /// A GIAS Unique Reference Number.
    case urn
    /// A UK Provider Reference Number.
    case ukprn
    /// A UK postcode.
    case postcode
    /// A serial number of three digits.
    case serialNumber
    /// A constant the tool writes (`SEN2`, `L`).
    case fixed(String)
}
