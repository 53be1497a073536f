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
        return try export(header: header, to: path, overwrite: overwrite) { write in
            for person in sen2Return.persons { try write(person) }
        }
    }

    /// Exports `header` as given and the persons `persons` writes, one at a time, through the
    /// function it is handed: a generator streams a cohort this way without holding it.
    ///
    /// Nothing is left at `path` when `persons` throws or the result breaks the schema.
    ///
    /// - Parameter checkingSchema: false only for files that break the schema on purpose
    ///   (test data with planted mistakes); they are written without the check.
    public func export(header: Header, to path: String, overwrite: Bool = true, checkingSchema: Bool = true,
                       persons: (_ write: (Person) throws -> Void) throws -> Void) throws(SEN2Error) -> Summary {
        var count = 0
        do {
            let file = try AtomicFile(destination: path, overwrite: overwrite)
            let sink = try file.openSink()
            // The schema check reads the document as it is written, on its own thread.
            let check = checkingSchema ? XMLSchemaStreamCheck(validator: try ReturnExporter.validator(for: year), name: path) : nil
            if let check { sink.tee = { check.feed($0) } }
            let writer = ReturnXMLWriter(year: year)
            do {
                try writer.writeStart(header: header, to: sink)
                try persons { person in
                    try writer.write(person, to: sink)
                    count += 1
                }
                try writer.writeEnd(to: sink)
                try sink.flush()
            } catch {
                // Let the checker's thread reach the end of what was written before giving up.
                _ = check?.finish(path: file.temporaryPath)
                throw error
            }
            let violations = check?.finish(path: file.temporaryPath) ?? []
            guard violations.isEmpty else {
                let shown = violations.prefix(10).map { "\n  " + $0.description.replacingOccurrences(of: file.temporaryPath, with: path) }.joined()
                throw SEN2Error(file: path, message: "the export was refused because it breaks the \(year) schema:" + shown
                                + (violations.count > 10 ? "\n  …and more" : ""))
            }
            try file.commit()
        } catch let error as SEN2Error {
            throw error
        } catch let error as XLSXError {
            throw SEN2Error(error)
        } catch {
            throw SEN2Error(file: path, message: "\(error)")
        }
        return Summary(path: path, persons: count)
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
