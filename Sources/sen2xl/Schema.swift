import ArgumentParser
import Foundation
import SEN2Schema

extension SEN2XL {
    /// `sen2xl schema --year 2026`: print the year's XSD.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the XML Schema (XSD) that exports of a collection year are checked against.",
            discussion: "The schema is generated from the year's declaration; the repository's schemas/ folder holds a copy of each year's.")

        @Option(name: .long, help: YearHelp.text)
        var year: CollectionYear

        func run() throws {
            FileHandle.standardOutput.write(Data(XSDGenerator.schema(for: year).utf8))
        }
    }
}
