import Foundation
import SEN2Schema
import XLSXIO

/// Checks on the files a command writes, so that no output can replace one of its inputs.
enum OutputPaths {
    /// Throws when an output is one of the inputs (after resolving `.`, `..` and links).
    static func check(outputs: [String?], inputs: [String?]) throws {
        let read = Set(inputs.compactMap { $0 }.map(resolved))
        for case let output? in outputs where read.contains(resolved(output)) {
            throw SEN2Error(file: output, message: "this is one of the inputs; sen2xl never writes over its input, so choose another output name")
        }
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
