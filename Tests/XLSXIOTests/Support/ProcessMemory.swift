import Foundation

/// The test process's resident memory, from `/proc/self/status` (Linux).
enum ProcessMemory {
    /// Current resident set size in bytes (`VmRSS`), or nil where `/proc` is missing.
    static var resident: Int? { field("VmRSS") }
    /// Peak resident set size so far in bytes (`VmHWM`), or nil where `/proc` is missing.
    static var peakResident: Int? { field("VmHWM") }

    private static func field(_ name: String) -> Int? {
        // /proc files report a size of 0, so read them as a stream rather than by size.
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/status") else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() else { return nil }
        let status = String(decoding: data, as: UTF8.self)
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let kilobytes = line.dropFirst(name.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) }
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }
}
