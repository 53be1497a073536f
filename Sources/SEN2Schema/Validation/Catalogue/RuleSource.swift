/// Where a rule comes from, so that nobody mistakes the toolkit's own reading of the guide for
/// an official DfE rule.
public enum RuleSource: Hashable, Sendable {
    /// A numbered rule of the Common Basic Data Set used in the school and CIN censuses (the
    /// UPN rules 1510–1550). Their reuse in SEN2 is itself inferred, and the text says so.
    case cbds(Int)
    /// A rule the toolkit derives from the DfE guide's description of the items listed.
    case guide([Item])
    /// A rule about how the workbook's tables link together, which the guide implies through
    /// the template's ID columns.
    case template
    /// A rule about the XML file's structure: the elements the year's schema allows.
    case schema

    /// The source in words, with item numbers as the year's guide numbers them.
    public func text(in year: CollectionYear) -> String {
        switch self {
        case .cbds(let number):
            return "CBDS rule \(number) (school and CIN censuses); its use in SEN2 is inferred, not confirmed"
        case .guide(let items):
            var numbers: [String] = []
            var headerItems: [String] = []
            for item in items {
                let number = year.declaration.spec(for: item)?.number ?? ""
                if number.isEmpty {
                    if !headerItems.contains(item.element) { headerItems.append(item.element) }
                } else if !numbers.contains(number) {
                    numbers.append(number)
                }
            }
            if numbers.isEmpty {
                guard !headerItems.isEmpty else { return "derived from the guide" }
                return "derived from the guide's header item" + (headerItems.count == 1 ? " " : "s ") + headerItems.joined(separator: ", ")
            }
            return "derived from guide item" + (numbers.count == 1 ? " " : "s ") + numbers.joined(separator: ", ")
        case .template:
            return "derived from the template's linking columns (Person ID, Request ID)"
        case .schema:
            return "derived from the year's XML structure (the technical specification's elements)"
        }
    }

    /// The DfE rule number, when the rule has one.
    public var dfeNumber: Int? {
        if case .cbds(let n) = self { return n }
        return nil
    }
}
