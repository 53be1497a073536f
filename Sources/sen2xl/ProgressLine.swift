import Dispatch
import Foundation

/// A one-line progress display on standard error for long runs: shown only when standard
/// error is a terminal, and only once a step has taken more than a second, so short runs and
/// redirected output stay clean. A timer redraws it, so steps that cannot count (reading a
/// workbook, annotating) still show that they are running.
final class ProgressLine: @unchecked Sendable {
    private let enabled = isatty(2) == 1
    private let lock = NSLock()
    private var step = ""
    private var started = Date()
    private var done = 0
    private var total: Int?
    private var shown = false
    private var timer: DispatchSourceTimer?

    /// Starts a step ("Reading", "Checking", …) of `total` units when known.
    func begin(_ step: String, total: Int? = nil) {
        guard enabled else { return }
        lock.withLock {
            self.step = step
            self.total = total
            done = 0
            started = Date()
        }
        if timer == nil {
            let t = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
            t.schedule(deadline: .now() + .milliseconds(250), repeating: .milliseconds(250))
            t.setEventHandler { [weak self] in self?.draw() }
            t.resume()
            timer = t
        }
    }

    /// Records that `done` units of the current step are finished.
    func update(_ done: Int) {
        guard enabled else { return }
        lock.withLock { self.done = done }
    }

    /// Stops the display and clears the line.
    func finish() {
        guard enabled else { return }
        timer?.cancel()
        timer = nil
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            shown = false
        }
    }

    private func draw() {
        lock.withLock {
            let elapsed = Date().timeIntervalSince(started)
            guard elapsed >= 1 else { return }
            var line = "\r\u{1B}[2K" + step + "…"
            if let total, total > 0 {
                let width = 30
                let filled = min(width, done * width / total)
                line += " [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total)"
            } else if done > 0 {
                line += " \(done)"
            }
            line += " \(Int(elapsed)) s"
            FileHandle.standardError.write(Data(line.utf8))
            shown = true
        }
    }

    deinit { timer?.cancel() }
}
