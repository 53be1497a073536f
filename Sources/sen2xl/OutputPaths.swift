import Foundation
import SEN2Schema
import XLSXIO

/// Checks on the files a command writes, so that no output can replace one of its inputs.
enum OutputPaths {
    /// Throws when an output is one of the inputs, or a CSV file inside an input folder (which
    /// is read as a table), after resolving `.`, `..` and links. `--force` does not lift it.
    static func check(outputs: [String?], inputs: [String?]) throws {
        let read = inputs.compactMap { $0 }.map(resolved)
        let folders = read.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
        for case let output? in outputs {
            let path = resolved(output)
            let insideFolder = path.lowercased().hasSuffix(".csv") && folders.contains { path.hasPrefix($0 + "/") }
            if read.contains(path) || insideFolder {
                throw SEN2Error(file: output, message: (insideFolder ? "this is in the input folder, whose CSV files are read as tables" : "this is one of the inputs")
                                + "; sen2xl never writes over its input, so choose another output name")
            }
        }
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
