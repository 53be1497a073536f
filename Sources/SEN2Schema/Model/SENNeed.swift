/// One special educational need of an active plan (`SENneed`).
public struct SENNeed: Hashable, Sendable {
    /// Where the record came from.
    public var origin: RecordOrigin = .none
    /// `SENtype`.
    public var type: Field<SENType> = nil
    /// `SENtypeRank`.
    public var rank: Field<Rank> = nil

    /// An empty need.
    public init(origin: RecordOrigin = .none) { self.origin = origin }
}
