import Testing
import XLSXIO

/// Runs a full read of a workbook that must fail, and returns the typed error it failed with.
///
/// Also checks the two promises made for hostile input: the failure is an ``XLSXError`` (not
/// a crash or another error type) and it comes quickly, so the reader neither hangs nor
/// grinds through a bomb.
enum ReadFailure {
    /// The most a hostile file may take to be refused, in a debug build on a busy machine
    /// with the whole suite running in parallel. Each one takes milliseconds alone; a reader
    /// that inflated a bomb or expanded entities would take minutes.
    static let patience = Duration.seconds(10)

    /// Reads all of `path`; records an issue unless that throws an ``XLSXError`` with `code`
    /// within ``patience``. Returns the error for further checks.
    @discardableResult
    static func expect(_ code: XLSXError.Code, reading path: String, limits: ReadLimits = .standard,
                       sourceLocation: SourceLocation = #_sourceLocation) -> XLSXError? {
        let clock = ContinuousClock()
        let start = clock.now
        let failure: XLSXError?
        do {
            _ = try WorkbookDump(path: path, limits: limits)
            failure = nil
        } catch {
            failure = error
        }
        let elapsed = clock.now - start
        #expect(elapsed < patience, "took \(elapsed)", sourceLocation: sourceLocation)
        guard let failure else {
            Issue.record("the file was read without an error; expected \(code)", sourceLocation: sourceLocation)
            return nil
        }
        #expect(failure.code == code, "\(failure)", sourceLocation: sourceLocation)
        #expect(failure.file == path, sourceLocation: sourceLocation)
        #expect(!failure.message.isEmpty, sourceLocation: sourceLocation)
        return failure
    }
}
