/// A data-validation rule on some cells: a dropdown list, or limits on numbers, dates or text
/// length, with an optional input prompt and error alert.
///
///     var v = DataValidation(ranges: [CellRange("C2:C500")!], rule: .list(["Yes", "No"]))
///     v.prompt = .init(title: "Consent", message: "Pick Yes or No")
///     v.error = .init(style: .stop, title: "Not allowed", message: "Pick from the list")
///     try sheet.addDataValidation(v)
public struct DataValidation: Hashable, Sendable {
    /// A comparison of the cell's value with one or two bounds.
    public enum Comparison<Value: Hashable & Sendable>: Hashable, Sendable {
        /// Between the bounds, inclusive.
        case between(Value, Value)
        /// Outside the bounds.
        case notBetween(Value, Value)
        /// Equal to the value.
        case equal(Value)
        /// Not equal to the value.
        case notEqual(Value)
        /// Greater than the value.
        case greaterThan(Value)
        /// Less than the value.
        case lessThan(Value)
        /// At least the value.
        case greaterThanOrEqual(Value)
        /// At most the value.
        case lessThanOrEqual(Value)

        /// The `operator` attribute.
        var operatorName: String {
            switch self {
            case .between: return "between"
            case .notBetween: return "notBetween"
            case .equal: return "equal"
            case .notEqual: return "notEqual"
            case .greaterThan: return "greaterThan"
            case .lessThan: return "lessThan"
            case .greaterThanOrEqual: return "greaterThanOrEqual"
            case .lessThanOrEqual: return "lessThanOrEqual"
            }
        }

        /// The bounds, first and optional second.
        var bounds: (Value, Value?) {
            switch self {
            case .between(let a, let b), .notBetween(let a, let b): return (a, b)
            case .equal(let a), .notEqual(let a), .greaterThan(let a), .lessThan(let a),
                 .greaterThanOrEqual(let a), .lessThanOrEqual(let a): return (a, nil)
            }
        }
    }

    /// What the cells must hold.
    public enum Rule: Hashable, Sendable {
        /// One of these values, offered as a dropdown. A list whose inline form would pass
        /// Excel's 255-character limit (or whose values contain commas or quotes) is written
        /// to a very hidden sheet and referred to by a defined name, automatically.
        case list([String])
        /// One of the values in a range or defined name, given as a formula (`Lists!$A$1:$A$9`).
        case listFormula(String)
        /// A whole number.
        case wholeNumber(Comparison<Int>)
        /// A decimal number.
        case decimal(Comparison<Double>)
        /// A date.
        case date(Comparison<CalendarDate>)
        /// Text whose length (in characters) satisfies the comparison.
        case textLength(Comparison<Int>)
        /// Anything for which the formula is true.
        case custom(String)
    }

    /// What Excel does when a value breaks the rule.
    public enum ErrorStyle: String, Hashable, Sendable, CaseIterable {
        /// Refuse the value.
        case stop
        /// Warn, and let the user keep it.
        case warning
        /// Inform, and keep it.
        case information
    }

    /// The message shown when a cell is selected.
    public struct Prompt: Hashable, Sendable {
        /// A short title (at most 32 characters).
        public var title: String
        /// The message (at most 255 characters).
        public var message: String

        /// Creates a prompt.
        public init(title: String = "", message: String) {
            self.title = title
            self.message = message
        }
    }

    /// The alert shown when a value breaks the rule.
    public struct ErrorAlert: Hashable, Sendable {
        /// Stop, warning or information.
        public var style: ErrorStyle
        /// A short title (at most 32 characters).
        public var title: String
        /// The message (at most 255 characters).
        public var message: String

        /// Creates an alert.
        public init(style: ErrorStyle = .stop, title: String = "", message: String = "") {
            self.style = style
            self.title = title
            self.message = message
        }
    }

    /// The cells the rule applies to.
    public var ranges: [CellRange]
    /// The rule.
    public var rule: Rule
    /// Whether an empty cell is acceptable.
    public var allowBlank: Bool
    /// Whether a list shows its in-cell dropdown arrow.
    public var showDropdown: Bool
    /// The input prompt, or none.
    public var prompt: Prompt?
    /// The error alert; nil shows Excel's generic stop alert.
    public var error: ErrorAlert?

    /// Creates a validation.
    public init(ranges: [CellRange], rule: Rule, allowBlank: Bool = true, showDropdown: Bool = true,
                prompt: Prompt? = nil, error: ErrorAlert? = nil) {
        self.ranges = ranges
        self.rule = rule
        self.allowBlank = allowBlank
        self.showDropdown = showDropdown
        self.prompt = prompt
        self.error = error
    }

    /// Excel's limit on a literal list, counted between the quotes.
    public static let maxInlineListLength = 255

    /// The literal `"a,b,c"` for `values`, or nil when the list cannot be written inline.
    static func inlineList(_ values: [String]) -> String? {
        guard !values.contains(where: { $0.contains(",") || $0.contains("\"") }) else { return nil }
        let joined = values.joined(separator: ",")
        guard joined.utf16.count <= maxInlineListLength else { return nil }
        return "\"" + joined + "\""
    }
}
