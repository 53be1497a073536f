import ArgumentParser
import Foundation
import SEN2Schema
import XLSXIO

extension SEN2XL {
    /// `sen2xl mapping …`: mapping files for case-management extracts.
    struct Mapping: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Work with mapping files that describe a case-management extract's layout.",
            subcommands: [Init.self])
    }
}

extension SEN2XL.Mapping {
    /// `sen2xl mapping init EXTRACT.xlsx`: write a starting mapping.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a starting mapping file from the headings an extract has.",
            discussion: """
            Sheets (or CSV files in a folder) recognised as tables are written with the columns recognised; \
            unrecognised sheets, unknown columns and items not found are written as comments for you to complete. \
            Use the result with `sen2xl export EXTRACT --mapping mapping.yaml --year YEAR`.
            """)

        @Argument(help: "The extract: a workbook or a folder of CSV files.", completion: .file(extensions: ["xlsx", "xlsm"]))
        var extract: String

        @Option(name: [.short, .long], help: "Where to write the mapping (default: mapping.yaml).")
        var output = "mapping.yaml"

        @Flag(name: .long, help: "Replace the output file if it exists.")
        var force = false

        func run() throws {
            try Failure.guarded {
                try OutputPaths.check(outputs: [output], inputs: [extract])
                let text = try MappingDraft.make(for: extract)
                let file = try AtomicFile(destination: output, overwrite: force)
                let sink = try file.openSink()
                try sink.write(text)
                try sink.flush()
                try file.commit()
                FileHandle.standardError.write(Data("sen2xl: wrote \(output); check it and fill in what is missing\n".utf8))
            }
        }
    }
}
