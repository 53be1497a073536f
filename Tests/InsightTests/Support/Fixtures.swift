/// Paths of the repository's test fixtures, found from this file so that tests run anywhere.
enum Fixtures {
    static let folder: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Fixtures"
    }()

    static let gias = folder + "/gias/edubasealldata-sample.csv"
}
