import ArgumentParser
import Foundation
import XLSXIO

/// Turns a library error into the CLI's contract: one line on standard error and an exit
/// status (2 when the input cannot be read).
enum Failure {
    static func report(_ error: any Error, exitCode: Int32 = 2) -> ExitCode {
        let line: String
        switch error {
        case let e as XLSXError: line = e.description
        case let e as ZipError: line = e.description
        case let e as XMLParseError: line = e.description
        default: line = "\(error)"
        }
        FileHandle.standardError.write(Data(("sen2xl: " + line.replacingOccurrences(of: "\n", with: " ") + "\n").utf8))
        return ExitCode(exitCode)
    }

    /// Runs `body`, converting any thrown error into a one-line message and exit status 2.
    static func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as ExitCode { throw e } catch let e as CleanExit { throw e } catch {
            throw report(error)
        }
    }
}
