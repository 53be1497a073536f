import SEN2Schema
import Testing
@testable import Synth

/// The project's validator (the engine behind `sen2xl validate`) on synthetic cohorts held in
/// memory, as COLLECT XML is read: clean cohorts have no errors in any year over many seeds and
/// only realistic queries, and every planted mistake is found by the rule the answer key names,
/// at the element path it names. (The workbook side, with cells, is tested where the validate
/// command is.)
@Suite("The validator on synthetic cohorts in memory")
struct ValidatorOnCohortsTests {
    static let seeds: [UInt64] = [1, 7, 2_024, 99_999, 123_456_789]
    static let cases: [(CollectionYear, UInt64)] = CollectionYear.allCases.flatMap { y in seeds.map { (y, $0) } }

    @Test(arguments: cases)
    func cleanCohortsHaveNoErrorsOnlyRealisticQueries(year: CollectionYear, seed: UInt64) throws {
        let options = SynthOptions(children: 3_000, year: year, seed: seed)
        let findings = try ValidatorOnCohortsTests.findings(options)
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.count) errors: \(errors.prefix(5).map { "\($0.ruleID) \($0.path) \($0.message)" })")
        // Queries stay at realistic rates: plans issued after 20 weeks are about half of new
        // plans; everything else is rare.
        var perRule: [String: Int] = [:]
        for f in findings { perRule[f.ruleID, default: 0] += 1 }
        for (rule, count) in perRule where rule != "SX308" {
            #expect(count < options.children / 50, "\(rule): \(count) queries in \(options.children) persons")
        }
    }

    @Test(arguments: CollectionYear.allCases)
    func everyPlantedMistakeIsFoundInTheXMLModel(year: CollectionYear) throws {
        let options = SynthOptions(children: 3_000, year: year, seed: UInt64(year.rawValue), errorRate: 0.3)
        let generator = try CohortGenerator(options: options)
        var key = AnswerKeyBuilder(year: year)
        var validator = ValidatorOnCohortsTests.validator(options)
        validator.check(header: generator.header)
        generator.forEachPerson { generated in
            key.add(generated)
            validator.check(generated.person, index: generated.index)
        }
        let findings = validator.finish()
        #expect(key.mistakes.count > 700)
        for m in key.mistakes {
            let record = ValidatorOnCohortsTests.recordPath(m)
            let found = findings.contains { $0.ruleID == m.rule && ($0.path == record || $0.path.hasPrefix(record + "/")) }
            #expect(found, "\(m.kind) (\(m.rule)) not found at \(AnswerKeyBuilder.xmlPath(m)): \(m.detail)")
        }
    }

    @Test func everyAnswerKeyRuleIsInTheCatalogue() throws {
        let known = Set(RuleCatalogue.standard.rules.map(\.id))
        for year in CollectionYear.allCases {
            let mistakes = try SynthTestSupport.cohort(SynthOptions(children: 2_000, year: year, seed: 3, errorRate: 0.5)).flatMap(\.mistakes)
            let rules = Set(mistakes.map(\.rule))
            #expect(rules.isSubset(of: known), "\(year): unknown rules \(rules.subtracting(known))")
            let applying = Set(RuleCatalogue.standard.rules.filter { $0.applies(in: year) }.map(\.id))
            #expect(rules.isSubset(of: applying), "\(year): rules not applied this year \(rules.subtracting(applying))")
        }
    }

    static func validator(_ options: SynthOptions) -> Validator {
        Validator(context: ValidationContext(year: options.year, referenceDate: options.effectiveReferenceDate,
                                             ownLA: LACode(options.la), isXML: true),
                  sources: [], expectedPersons: options.children)
    }

    static func findings(_ options: SynthOptions) throws -> [Finding] {
        let generator = try CohortGenerator(options: options)
        var validator = validator(options)
        validator.check(header: generator.header)
        generator.forEachPerson { validator.check($0.person, index: $0.index) }
        return validator.finish()
    }

    /// The element path of the record a mistake is in (its item's path without the item).
    static func recordPath(_ m: PlantedMistake) -> String {
        let path = AnswerKeyBuilder.xmlPath(m)
        guard let item = m.item, m.table != .persons else { return m.table == .persons ? "Message/Persons/Person[\(m.personIndex + 1)]" : path }
        return String(path.dropLast(item.element.count + 1))
    }
}
