import ArgumentParser
import XLSXIO

extension CalendarDate: ExpressibleByArgument {
    /// Reads `YYYY-MM-DD` from the command line.
    public init?(argument: String) { self.init(iso: argument) }
}
