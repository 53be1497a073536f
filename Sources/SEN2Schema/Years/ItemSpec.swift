/// One item as a given year declares it: where it stands, its number in that year's guide,
/// and whether it is asked for.
public struct ItemSpec: Hashable, Sendable {
    /// The item.
    public let item: Item
    /// The item number in that year's guide for LAs (items were renumbered in 2025), or ""
    /// for header items, which the guide does not number.
    public let number: String
    /// Whether the item is asked for.
    public let requirement: Requirement

    /// The XML element name.
    public var element: String { item.element }
}

/// One entry of a module's ordered contents: an item, or a child element holding records of
/// another module.
public enum ModuleEntry: Hashable, Sendable {
    /// An item.
    case item(ItemSpec)
    /// Child records of `module`, at most `max` of them (nil for no limit).
    case child(Module, max: Int?)

    /// An item entry.
    static func item(_ item: Item, _ number: String, _ requirement: Requirement) -> ModuleEntry {
        .item(ItemSpec(item: item, number: number, requirement: requirement))
    }
}
