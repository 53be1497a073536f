/// One column of a template table: a link ID or an item.
public enum TemplateColumn: Hashable, Sendable {
    /// `Person ID`: unique per person on Persons; names the person on Requests.
    case personID
    /// `Request ID`: unique per request on Requests; names the request on every lower table.
    case requestID
    /// An item the year collects.
    case item(ItemSpec)

    /// The heading written in row 1.
    public var heading: String {
        switch self {
        case .personID: return "Person ID"
        case .requestID: return "Request ID"
        case .item(let spec): return spec.item.heading
        }
    }

    /// The columns of `table` in the template of `year`: link IDs first, then the year's
    /// items in XML order.
    public static func columns(of table: Table, year: CollectionYear) -> [TemplateColumn] {
        let ids: [TemplateColumn]
        switch table {
        case .header: ids = []
        case .persons: ids = [.personID]
        case .requests: ids = [.requestID, .personID]
        default: ids = [.requestID]
        }
        let items = table.modules.flatMap { year.declaration.items(of: $0) }.filter { !$0.item.isWrittenByTool }
        return ids + items.map(TemplateColumn.item)
    }

    /// The note on the heading cell: item number, element, definition, and when it is needed.
    public func note(in year: CollectionYear) -> String {
        switch self {
        case .personID:
            return "Person ID: any text or number that is unique to each person on this sheet. "
                + "The Requests sheet uses it to say whose request each row is. It is not sent to the DfE."
        case .requestID:
            return "Request ID: any text or number unique to each request (on the Requests sheet). "
                + "Every other sheet uses it to say which request its row belongs to. It is not sent to the DfE."
        case .item(let spec):
            let number = spec.number.isEmpty ? "" : "Item \(spec.number), "
            return number + "<\(spec.element)>. " + spec.item.definition + " " + spec.requirement.summary
        }
    }
}
