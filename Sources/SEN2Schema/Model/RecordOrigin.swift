/// Where one record came from, in eight bytes: which source table (an index into
/// ``SEN2Return/sources``) and which row of it (or, for XML, which line).
///
/// Items need no origin of their own: a table's column map (``SourceTable/columns``) turns
/// the record's row and an item into the exact cell. See ``SEN2Return/location(of:item:)``.
public struct RecordOrigin: Hashable, Sendable {
    /// Index into ``SEN2Return/sources``, or -1 for a record made in code.
    public var source: Int32
    /// The 1-based sheet row, CSV line or XML line; 0 when unknown.
    public var row: Int32

    /// Creates an origin.
    public init(source: Int, row: Int) {
        self.source = Int32(truncatingIfNeeded: source)
        self.row = Int32(truncatingIfNeeded: row)
    }

    /// The origin of records made in code (a generator, a test).
    public static let none = RecordOrigin(source: -1, row: 0)
}
