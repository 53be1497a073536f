import XLSXIO

/// Checks a whole return, from a workbook, a CSV folder or a COLLECT XML file: the reader's
/// linking problems and every rule of the catalogue, with progress reported as persons are
/// checked.
public struct ReturnCheck: Sendable {
    /// The collection year, or nil to take it from the return's header.
    public var year: CollectionYear?
    /// The reference date, or nil for the header's (or, failing that, the census day).
    public var referenceDate: CalendarDate?
    /// The rules.
    public var catalogue: RuleCatalogue

    /// A check with the given choices.
    public init(year: CollectionYear? = nil, referenceDate: CalendarDate? = nil, catalogue: RuleCatalogue = .standard) {
        self.year = year
        self.referenceDate = referenceDate
        self.catalogue = catalogue
    }

    /// What a check found.
    public struct Result: Sendable {
        /// The context the return was checked in (year, reference date).
        public var context: ValidationContext
        /// Every finding: linking problems first, then the header, then person by person.
        public var findings: [Finding]
        /// The number of persons checked.
        public var persons: Int

        /// The number of errors.
        public var errors: Int { findings.count { $0.severity == .error } }
        /// The number of queries.
        public var queries: Int { findings.count { $0.severity == .query } }
    }

    /// The context for a return whose header is `header`.
    ///
    /// - Throws: ``SEN2Error`` when no year is given and the header has no supported one.
    public func context(for header: Header, file: String, isXML: Bool) throws(SEN2Error) -> ValidationContext {
        let chosen: CollectionYear
        if let year {
            chosen = year
        } else if let value = header.year.value, let fromHeader = CollectionYear(year: value) {
            chosen = fromHeader
        } else {
            let found = header.year.text.map { "its Year is \($0), which is not a supported collection year" } ?? "it does not say its collection year"
            throw SEN2Error(file: file, message: "\(found); pass --year (2024 to 2027)")
        }
        return ValidationContext(year: chosen, referenceDate: referenceDate ?? header.referenceDate.value,
                                 ownLA: header.lea.value, isXML: isXML)
    }

    /// Checks a return already read, with the reader's report.
    ///
    /// - Parameter progress: called now and then with the number of persons checked.
    public func run(_ ret: SEN2Return, report: ReadReport, file: String, isXML: Bool = false,
                    progress: (Int) -> Void = { _ in }) throws(SEN2Error) -> Result {
        let context = try context(for: ret.header, file: file, isXML: isXML)
        var validator = Validator(context: context, sources: ret.sources, catalogue: catalogue, expectedPersons: ret.persons.count)
        validator.check(header: ret.header)
        for (i, person) in ret.persons.enumerated() {
            validator.check(person, index: i)
            if i & 1023 == 1023 { progress(i + 1) }
        }
        progress(ret.persons.count)
        return Result(context: context, findings: ReadIssueFindings.findings(from: report) + validator.finish(), persons: ret.persons.count)
    }

    /// Checks a COLLECT XML file person by person as it is read, never holding the return.
    public func run(xmlAt path: String, progress: (Int) -> Void = { _ in }) throws -> Result {
        var validator: Validator?
        var checked = 0
        let sources = [SourceTable(file: path, format: .xml)]
        let report = try ReturnXMLReader(path: path).read(header: { header in
            var v = Validator(context: try context(for: header, file: path, isXML: true), sources: sources, catalogue: catalogue)
            v.check(header: header)
            validator = v
        }, person: { person in
            guard validator != nil else { throw SEN2Error(file: path, message: "persons come before the header; the file is not a SEN2 return") }
            validator?.check(person, index: checked)
            checked += 1
            if checked & 1023 == 0 { progress(checked) }
        })
        guard var validator else { throw SEN2Error(file: path, message: "the file has no header, so it is not a SEN2 return") }
        progress(checked)
        return Result(context: validator.context, findings: ReadIssueFindings.findings(from: report) + validator.finish(), persons: checked)
    }
}
