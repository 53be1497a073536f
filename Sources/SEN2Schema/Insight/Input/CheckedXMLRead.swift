import Foundation
import XLSXIO

/// Reads a COLLECT XML return into memory while a second thread validates each person as the
/// parser delivers them, so that on two cores the summary of a national file costs little more
/// than reading it.
public enum CheckedXMLRead {
    /// The persons are handed to the validator in batches of this many.
    static let batchSize = 256

    /// Reads the XML file at `path`, validating it with `check` on the way.
    ///
    /// - Returns: the return, the reader's report, and the findings (reader problems first, then
    ///   the validator's, as ``ReturnCheck`` orders them); the findings are nil, with the
    ///   reason, when the return's year is not one the validator knows.
    public static func read(path: String, check: ReturnCheck) throws
        -> (sen2Return: SEN2Return, report: ReadReport, findings: [Finding]?, notValidated: String?) {
        var result = SEN2Return(sources: [SourceTable(file: path, format: .xml)])
        let worker = ValidationWorker()
        var notValidated: String?
        var batch: [Person] = []
        var checked = 0
        let report = try ReturnXMLReader(path: path).read(header: { header in
            result.header = header
            do {
                let context = try check.context(for: header, file: path, isXML: true)
                worker.start(Validator(context: context, sources: result.sources, catalogue: check.catalogue), header: header)
            } catch {
                notValidated = (error as? SEN2Error)?.message ?? "\(error)"
            }
        }, person: { person in
            result.persons.append(person)
            guard notValidated == nil else { return }
            batch.append(person)
            if batch.count == batchSize {
                worker.check(batch, from: checked)
                checked += batch.count
                batch.removeAll(keepingCapacity: true)
            }
        })
        guard notValidated == nil else { return (result, report, nil, notValidated) }
        worker.check(batch, from: checked)
        let findings = worker.finish()
        return (result, report, findings.map { ReadIssueFindings.findings(from: report) + $0 }, findings == nil ? "the file has no header" : nil)
    }
}

/// Runs one ``Validator`` on its own serial queue. The validator is only ever touched on that
/// queue (every method hops onto it), which is what makes the class safe to share.
final class ValidationWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "sen2xl.summary.validation")
    private var validator: Validator?

    func start(_ validator: Validator, header: Header) {
        queue.async {
            var v = validator
            v.check(header: header)
            self.validator = v
        }
    }

    func check(_ persons: [Person], from index: Int) {
        queue.async {
            for (offset, person) in persons.enumerated() { self.validator?.check(person, index: index + offset) }
        }
    }

    /// Waits for every person to be checked and returns the findings (nil if never started).
    func finish() -> [Finding]? {
        queue.sync { self.validator?.finish() }
    }
}
