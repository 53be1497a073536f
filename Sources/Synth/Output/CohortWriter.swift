import SEN2Schema
import XLSXIO

/// Where a cohort goes: the template workbook, the COLLECT XML, the answer key.
public struct CohortOutputs: Sendable {
    /// The template workbook to write, if any.
    public var workbook: String?
    /// The COLLECT XML file to write, if any.
    public var xml: String?
    /// The answer key (CSV) to write, if any.
    public var answerKey: String?
    /// Replace files that exist.
    public var overwrite: Bool

    /// Outputs to write.
    public init(workbook: String? = nil, xml: String? = nil, answerKey: String? = nil, overwrite: Bool = false) {
        self.workbook = workbook
        self.xml = xml
        self.answerKey = answerKey
        self.overwrite = overwrite
    }
}

/// What a written cohort came to.
public struct CohortResult: Sendable {
    /// The distributions read back from the records.
    public var statistics: CohortStatistics
    /// The planted mistakes, with their cells.
    public var answerKey: AnswerKeyBuilder
}

/// Writes a cohort to its outputs in one pass: each person is generated once and goes to the
/// workbook, the XML file, the statistics and the answer key in turn, so nothing but the
/// current batch is held. Each file is written atomically (a temporary file renamed into place).
public enum CohortWriter {
    /// Writes `generator`'s cohort to `outputs`, generating on `threads` threads.
    public static func write(_ generator: CohortGenerator, to outputs: CohortOutputs, threads: Int = 2) throws -> CohortResult {
        let options = generator.options
        let book = try outputs.workbook.map { path throws(SEN2Error) in
            try TemplateWorkbook(path: path, year: options.year, la: LACode(options.la), overwrite: outputs.overwrite,
                                 properties: SyntheticMarking.properties(options), notice: SyntheticMarking.notice(options))
        }
        try book?.write(header: generator.header)
        var statistics = CohortStatistics(calibration: generator.calibration, options: options)
        var key = AnswerKeyBuilder(year: options.year)
        func consume(_ generated: GeneratedPerson) throws {
            statistics.add(generated.clean, situation: generated.situation)
            key.add(generated)
            try book?.append(generated.person)
        }
        if let xml = outputs.xml {
            _ = try ReturnExporter(year: options.year, release: options.release)
                // A cohort with planted mistakes breaks the schema on purpose (impossible dates,
                // codes from other years), so only clean cohorts are checked against it.
                .export(header: generator.header, to: xml, overwrite: outputs.overwrite, checkingSchema: options.errorRate == 0) { write in
                    try generator.forEachPerson(threads: threads) { generated in
                        try consume(generated)
                        try write(generated.person)
                    }
                }
        } else {
            try generator.forEachPerson(threads: threads, consume)
        }
        try book?.finish()
        if let path = outputs.answerKey { try key.write(to: path, overwrite: outputs.overwrite) }
        return CohortResult(statistics: statistics, answerKey: key)
    }

    /// A small clean cohort as a whole return, for `sen2xl template --example`.
    public static func example(year: CollectionYear, la: String, children: Int = 40, seed: UInt64 = 1,
                               release: String = "") throws(SynthError) -> (sen2Return: SEN2Return, options: SynthOptions) {
        let options = SynthOptions(children: children, year: year, la: la, seed: seed, release: release)
        let generator = try CohortGenerator(options: options)
        var persons: [Person] = []
        generator.forEachPerson(threads: 1) { persons.append($0.person) }
        return (SEN2Return(header: generator.header, persons: persons), options)
    }
}
