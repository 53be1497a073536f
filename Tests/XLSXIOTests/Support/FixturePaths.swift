import Foundation

/// Where the committed test fixtures live, found from this file's own path so that the tests
/// need nothing outside the repository.
enum FixturePaths {
    /// `Tests/Fixtures`.
    static let root: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").path
    }()

    /// The path of `relative` (e.g. `corpus/tafia-date.xlsx`) under `Tests/Fixtures`.
    static func path(_ relative: String) -> String { root + "/" + relative }

    /// The path of a file in `Tests/Fixtures/corpus`.
    static func corpus(_ name: String) -> String { path("corpus/" + name) }

    /// The workbook files (`.xlsx`, `.xlsm`) in fixture folder `folder`, as `folder/name`.
    static func workbooks(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []
        return names.filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".xlsm") }.sorted().map { folder + "/" + $0 }
    }
}

/// A fresh folder under the system temporary folder for files a test generates.
///
/// Each test makes its own, so that tests running in parallel never share a file.
struct ScratchFolder {
    /// The folder's path.
    let path: String

    /// Creates the folder.
    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("xlsxio-tests-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` in the folder and returns the file's path.
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Deletes the folder and everything in it.
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
