import Foundation
import XLSXIO

/// Runs a writer into a temporary file and returns what it wrote.
enum JSONCapture {
    static func text(_ body: (ByteSink) throws -> Void) -> String? {
        let path = NSTemporaryDirectory() + "capture-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let file = try AtomicFile(destination: path, overwrite: true)
            let sink = try file.openSink()
            try body(sink)
            try sink.flush()
            try file.commit()
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            return "error: \(error)"
        }
    }
}
