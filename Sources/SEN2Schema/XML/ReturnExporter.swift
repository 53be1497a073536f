import Foundation
import XLSXIO

/// Writes a return's COLLECT XML file safely: streamed to a temporary file beside the
/// destination, checked against the year's generated XSD, and moved into place only when it
/// conforms. A file that breaks the schema is refused with each violation's element path and
/// reason, and nothing is left behind.
public struct ReturnExporter {
    /// The collection year.
    public let year: CollectionYear
    /// The tool's release, written in the header.
    public let release: String

    /// An exporter for `year`.
    public init(year: CollectionYear, release: String) {
        self.year = year
        self.release = release
    }

    /// The outcome of an export.
    public struct Summary: Hashable, Sendable {
        /// The file written.
        public var path: String
        /// Persons written.
        public var persons: Int
    }

    /// Exports `sen2Return` to `path`.
    ///
    /// - Parameters:
    ///   - la: the LA code to write, overriding the header's.
    ///   - now: the time written as the file's `DateTime`.
    /// - Throws: ``SEN2Error`` when the header contradicts the year, no LA code is known, the
    ///   file cannot be written, or the result breaks the schema (with the violations).
    public func export(_ sen2Return: SEN2Return, la: LACode?, to path: String, overwrite: Bool = true,
                       now: ExcelDateTime = ExcelDateTime.now()) throws(SEN2Error) -> Summary {
        let header = try sen2Return.header.prepared(for: year, la: la, release: release, now: now)
        guard header.lea.isPresent else {
            throw SEN2Error(file: path, message: "no LA code: give it in the Header sheet (LA number) or with --la")
        }
        do {
            let file = try AtomicFile(destination: path, overwrite: overwrite)
            let sink = try file.openSink()
            // The schema check reads the document as it is written, on its own thread.
            let check = XMLSchemaStreamCheck(validator: try ReturnExporter.validator(for: year), name: path)
            sink.tee = { check.feed($0) }
            try ReturnXMLWriter(year: year).write(header: header, persons: sen2Return.persons, to: sink)
            try sink.flush()
            let violations = check.finish(path: file.temporaryPath)
            guard violations.isEmpty else {
                let shown = violations.prefix(10).map { "\n  " + $0.description.replacingOccurrences(of: file.temporaryPath, with: path) }.joined()
                throw SEN2Error(file: path, message: "the export was refused because it breaks the \(year) schema:" + shown
                                + (violations.count > 10 ? "\n  …and more" : ""))
            }
            try file.commit()
        } catch let error as SEN2Error {
            throw error
        } catch let error as XLSXError {
            throw SEN2Error(file: error.file, message: error.message)
        } catch {
            throw SEN2Error(file: path, message: "\(error)")
        }
        return Summary(path: path, persons: sen2Return.persons.count)
    }

    /// The schema violations of the XML file at `path` against `year`'s generated XSD.
    public static func violations(of path: String, year: CollectionYear) throws(SEN2Error) -> [XMLSchemaViolation] {
        do {
            return try validator(for: year).validate(file: path)
        } catch {
            throw SEN2Error(file: path, message: "\(error)")
        }
    }

    /// The compiled XSD of `year`.
    static func validator(for year: CollectionYear) throws(XMLParseError) -> XMLSchemaValidator {
        try XMLSchemaValidator(schema: Array(XSDGenerator.schema(for: year).utf8), name: "SEN2-\(year).xsd")
    }
}

extension ExcelDateTime {
    /// The current local date and time, to the second.
    public static func now() -> ExcelDateTime {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        let date = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        let seconds = (parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0)
        return ExcelDateTime(date: date, secondsOfDay: seconds, kind: .dateTime)
    }
}
