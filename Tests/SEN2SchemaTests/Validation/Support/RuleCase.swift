import Testing
import XLSXIO
@testable import SEN2Schema

/// One test case of a rule: a change to the clean fixture, and whether the rule must fire
/// (and where) or stay silent.
struct RuleCase: Sendable, CustomTestStringConvertible {
    enum Expectation: Sendable {
        /// The rule fires, with its first finding on `item` of the first record of `table`
        /// (the record's ID cell when `item` is nil), and no other rule fires except `also`.
        case fires(Table, Item?, also: Set<String> = [])
        /// The rule does not fire.
        case silent
    }

    let rule: String
    let name: String
    let years: [CollectionYear]
    let expectation: Expectation
    let change: @Sendable (inout ReturnFixture) -> Void

    init(_ rule: String, _ name: String, years: [CollectionYear] = CollectionYear.allCases, _ expectation: Expectation,
         _ change: @escaping @Sendable (inout ReturnFixture) -> Void) {
        self.rule = rule
        self.name = name
        self.years = years
        self.expectation = expectation
        self.change = change
    }

    var testDescription: String { "\(rule) \(name)" }

    var fires: Bool {
        if case .fires = expectation { return true }
        return false
    }
}

/// Shorthands for the case table.
extension ReturnFixture {
    func date(_ month: Int, _ day: Int) -> CalendarDate { ReturnFixture.activity(year, month, day) }
    /// A date `years` calendar years before the activity year.
    func earlier(_ years: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year.rawValue - 1 - years, month: month, day: day)
    }
    /// A birth date giving age `age` on 31 August before the reference date.
    func bornAged(_ age: Int) -> CalendarDate { CalendarDate(year: year.rawValue - 1 - age, month: 5, day: 1) }

    /// Leaves the first request with no assessment and no active plans.
    mutating func dropAfterRequest() {
        request.assessment = nil
        request.activePlans = nil
    }

    /// Ceases the first plan in the activity period with `reason`.
    mutating func cease(_ reason: CeaseReason = .needsMetWithoutPlan) {
        plan.ceaseDate = .value(date(12, 1))
        plan.ceaseReason = .value(reason)
    }
}
