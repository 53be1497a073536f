import XLSXIO

/// The return's header: `CollectionDetails` and the LA-level `Source` details.
///
/// Collection, reference date, source level, software and date-time are written by the tool
/// on export; a header read from a workbook usually has only the LA and the officer items.
public struct Header: Hashable, Sendable {
    /// Where the header came from.
    public var origin: RecordOrigin = .none
    /// `Collection`: always SEN2.
    public var collection: Field<String> = nil
    /// `Year`: the collection year.
    public var year: Field<Int> = nil
    /// `ReferenceDate`: the census day.
    public var referenceDate: Field<CalendarDate> = nil
    /// `SourceLevel`: always L.
    public var sourceLevel: Field<String> = nil
    /// `LEA`: the LA making the return.
    public var lea: Field<LACode> = nil
    /// `SoftwareCode`.
    public var softwareCode: Field<String> = nil
    /// `Release`.
    public var release: Field<String> = nil
    /// `SerialNo`.
    public var serialNo: Field<String> = nil
    /// `DateTime`: when the file was written.
    public var dateTime: Field<ExcelDateTime> = nil
    /// `DMO`: Designated Medical Officer in post.
    public var dmo: Field<OfficerStatus> = nil
    /// `DCO`: Designated Clinical Officer in post.
    public var dco: Field<OfficerStatus> = nil
    /// `DSCO`: Designated Social Care Officer in post (2025 on).
    public var dsco: Field<OfficerStatus> = nil

    /// An empty header.
    public init(origin: RecordOrigin = .none) { self.origin = origin }
}

extension Int: ItemValue {
    /// Reads a whole number from a number cell or digits.
    public static func read(_ input: CellValue) -> Int? {
        switch input {
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? Int(d) : nil
        case .string(let s): return Int(s.trimmingSpaces)
        default: return nil
        }
    }

    /// The decimal digits.
    public var text: String { String(self) }
}
