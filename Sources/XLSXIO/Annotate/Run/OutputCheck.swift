import Foundation

/// File-system steps of writing an annotated copy: checking the output path, temporary files
/// beside it, and the copy the archive update starts from.
enum OutputCheck {
    /// Refuses an output that is the input itself, or whose extension would make Excel refuse
    /// the file (a macro-enabled workbook must stay `.xlsm`, and only one may be `.xlsm`).
    static func verify(input: String, output: String, overwrite: Bool, macroEnabled: Bool) throws(XLSXError) {
        var a = stat(), b = stat()
        if stat(input, &a) == 0, stat(output, &b) == 0, a.st_dev == b.st_dev, a.st_ino == b.st_ino {
            throw XLSXError(code: .writeFailed, file: output, message: "the output is the input workbook; sen2xl never changes the input, so choose another output name")
        }
        // The same checks AtomicFile makes when writing, made before the work rather than after.
        _ = try AtomicFile(destination: output, overwrite: overwrite)
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        if macroEnabled && ext == "xlsx" {
            throw XLSXError(code: .writeFailed, file: output, message: "the workbook contains macros, so the output must be named .xlsm (Excel refuses macros in an .xlsx)")
        }
        if !macroEnabled && ext == "xlsm" {
            throw XLSXError(code: .writeFailed, file: output, message: "the workbook has no macros, so the output must be named .xlsx (Excel refuses an .xlsm without them)")
        }
    }

    /// A hidden temporary path in the output's folder.
    static func temporaryPath(beside output: String, tag: String) -> String {
        let url = URL(fileURLWithPath: output)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".\(getpid()).\(tag).tmp"
    }

    /// Opens `path` for writing.
    static func openSink(_ path: String, for output: String) throws(XLSXError) -> ByteSink {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else {
            throw XLSXError(code: .writeFailed, file: output, message: "cannot create a temporary file beside the output: \(String(cString: strerror(errno)))")
        }
        return ByteSink(fd: fd, owns: true, name: path)
    }

    /// The size of a finished file.
    static func size(of path: String, for output: String) throws(XLSXError) -> Int64 {
        var s = stat()
        guard stat(path, &s) == 0 else {
            throw XLSXError(code: .writeFailed, file: output, message: "a temporary file vanished: \(String(cString: strerror(errno)))")
        }
        return Int64(s.st_size)
    }

    /// Copies `input` to `path` (the archive update then changes the copy).
    static func copy(_ input: String, to path: String, for output: String) throws(XLSXError) {
        unlink(path)
        do {
            try FileManager.default.copyItem(atPath: input, toPath: path)
        } catch {
            throw XLSXError(code: .writeFailed, file: output, message: "cannot copy the workbook beside the output: \(error.localizedDescription)")
        }
    }

    /// Deletes a temporary file, ignoring a missing one.
    static func remove(_ path: String) {
        unlink(path)
    }
}
