import ArgumentParser
import SEN2Schema

extension CollectionYear: ExpressibleByArgument {
    /// Reads the command-line argument.
    public init?(argument: String) { self.init(year: Int(argument) ?? 0) }
    /// The values `--help` lists.
    public static var allValueStrings: [String] { allCases.map(\.description) }
}

extension LACode: ExpressibleByArgument {
    /// Reads the command-line argument: the code of a current English local authority (a
    /// return, template or cohort made for any other code could never be submitted).
    public init?(argument: String) {
        guard let code = LACode(argument), code.isCurrentEnglishLA else { return nil }
        self = code
    }
}

/// The words every command that takes `--year` shows in its help.
enum YearHelp {
    static let text: ArgumentHelp = ArgumentHelp(
        "Collection year (2024, 2025, 2026 or 2027), named by its January census day.",
        discussion: "2027 uses the 2026 structure, requirements and code lists until the DfE publishes the 2027 specification.")
}
