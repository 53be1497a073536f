/// An error that stops a cohort from being generated: a bad option or parameter file.
///
/// Says where (the option, or the file and the key) and what to do.
public struct SynthError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is: an option name such as `--reference-date`, or a parameter file
    /// and key such as `my-la.json: primaryNeed.ASDX`.
    public var location: String
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates an error.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { location + ": " + message }
}
