import Foundation
import XLSXIO

/// What a checked workbook records about the check, so that anyone can tell later exactly
/// which file was checked, with which tool and rules, for which collection, and when.
public struct AuditTrail: Sendable {
    /// The input's file (or folder) name, without its path.
    public var inputName: String
    /// The SHA-256 of each input file: one entry for a workbook or XML file, one per CSV
    /// file for a folder, by file name.
    public var digests: [(name: String, sha256: String)]
    /// The tool's version.
    public var toolVersion: String
    /// The rule catalogue's version.
    public var catalogueVersion: String
    /// The collection year checked.
    public var year: CollectionYear
    /// The reference date used.
    public var referenceDate: CalendarDate
    /// When the check ran, ISO 8601 with the local offset.
    public var checkedAt: String

    /// The trail for a check of `input` (a file or a folder of CSV files).
    public init(input: String, toolVersion: String, context: ValidationContext, at date: Date = Date()) throws(XLSXError) {
        let url = URL(fileURLWithPath: input)
        inputName = url.lastPathComponent
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? [])
                .filter { $0.lowercased().hasSuffix(".csv") }.sorted()
            var digests: [(String, String)] = []
            for name in names { digests.append((name, try SHA256.hash(fileAt: url.appendingPathComponent(name).path).hexDigest)) }
            self.digests = digests
        } else {
            digests = [(inputName, try SHA256.hash(fileAt: input).hexDigest)]
        }
        self.toolVersion = toolVersion
        catalogueVersion = RuleCatalogue.version
        year = context.year
        referenceDate = context.referenceDate
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        formatter.formatOptions = [.withInternetDateTime]
        checkedAt = formatter.string(from: date)
    }

    /// The trail as label–value pairs, in the order the summary sheet shows them.
    public var lines: [(label: String, value: String)] {
        var lines: [(String, String)] = [("Input", inputName)]
        for digest in digests {
            lines.append((digests.count == 1 ? "SHA-256" : "SHA-256 of \(digest.name)", digest.sha256))
        }
        lines += [
            ("Checked by", "sen2xl \(toolVersion)"),
            ("Rule catalogue", "version \(catalogueVersion)"),
            ("Collection year", year.description + (year.isConfirmed ? "" : " (2026 structure assumed until the DfE publishes the \(year) specification)")),
            ("Reference date", Wording.date(referenceDate)),
            ("Checked at", checkedAt),
        ]
        return lines
    }
}
