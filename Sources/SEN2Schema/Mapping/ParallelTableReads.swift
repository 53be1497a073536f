import Foundation
import XLSXIO

/// Reads tables on as many threads as the machine has cores (at most one per table), each
/// thread with its own workbook handle, and returns the outcomes in table order.
enum ParallelTableReads {
    /// Runs `read` for indices `0..<count`; each worker thread passes the same `Workbook?`
    /// slot to every call it makes, so a workbook is opened once per thread.
    static func run(count: Int, read: @Sendable (Int, inout Workbook?) throws(XLSXError) -> TableOutcome)
        -> [Result<TableOutcome, XLSXError>] {
        let store = OutcomeStore(count: count)
        let workers = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var book: Workbook?
            while let index = store.nextIndex() {
                let outcome = Result { () throws(XLSXError) in try read(index, &book) }
                store.set(index, outcome)
            }
        }
        return store.results()
    }
}

/// The shared work list and results; every access holds the lock.
private final class OutcomeStore: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var outcomes: [Result<TableOutcome, XLSXError>?]

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    func nextIndex() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < outcomes.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ outcome: Result<TableOutcome, XLSXError>) {
        lock.lock()
        outcomes[index] = outcome
        lock.unlock()
    }

    func results() -> [Result<TableOutcome, XLSXError>] {
        lock.lock()
        defer { lock.unlock() }
        return outcomes.map { $0 ?? .failure(XLSXError(code: .invalidValue, file: "", message: "a table was not read")) }
    }
}
