import Foundation

/// Writes a file atomically: everything goes to a temporary file beside the destination,
/// which is renamed over the destination only when ``commit()`` succeeds. A failed or
/// abandoned write leaves no partial file behind.
public final class AtomicFile {
    /// The final path.
    public let destination: String
    /// The temporary path being written.
    public let temporaryPath: String
    private var committed = false

    /// Prepares to write `destination`.
    ///
    /// - Parameter overwrite: when false, refuses to replace an existing file.
    public init(destination: String, overwrite: Bool) throws(XLSXError) {
        self.destination = destination
        if !overwrite && FileManager.default.fileExists(atPath: destination) {
            throw XLSXError(code: .writeFailed, file: destination, message: "the output file already exists; choose another name or pass --force to replace it")
        }
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw XLSXError(code: .writeFailed, file: destination, message: "the folder \(folder) does not exist")
        }
        temporaryPath = folder + "/." + url.lastPathComponent + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Opens the temporary file as a ``ByteSink``.
    public func openSink() throws(XLSXError) -> ByteSink {
        let fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw XLSXError(code: .writeFailed, file: destination, message: "cannot create a file here: \(String(cString: strerror(errno)))")
        }
        return ByteSink(fd: fd, owns: true, name: destination)
    }

    /// Renames the finished temporary file to the destination.
    public func commit() throws(XLSXError) {
        guard rename(temporaryPath, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw XLSXError(code: .writeFailed, file: destination, message: "cannot move the finished file into place: \(reason)")
        }
        committed = true
    }

    deinit {
        if !committed { unlink(temporaryPath) }
    }
}
