/// The input could not be read at all (as opposed to values that could not be mapped, which
/// are reported in a ``ReadReport`` and do not stop reading).
public struct SEN2Error: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file concerned.
    public var file: String
    /// Where in the file, when known (a sheet, a key of a mapping file, an XML element path).
    public var place: String?
    /// What is wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(file: String, place: String? = nil, message: String) {
        self.file = file
        self.place = place
        self.message = message
    }

    public var description: String {
        file + (place.map { ", " + $0 } ?? "") + ": " + message
    }
}
