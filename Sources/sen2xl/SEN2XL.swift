import ArgumentParser

/// The `sen2xl` command: SEN2 returns in the spreadsheets local authorities already use.
@main
struct SEN2XL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sen2xl",
        abstract: "Check, explore and produce the SEN2 statutory return from spreadsheets.",
        discussion: """
        Everything runs on this machine; no data leaves it.
        """,
        version: SEN2XLVersion.current,
        subcommands: [
            Sheets.self, Cat.self, Convert.self, Template.self, Export.self, Import.self, Schema.self, Mapping.self,
            Validate.self, Rules.self, Summary.self, Reconcile.self, Annotate.self, Synth.self,
        ]
    )
}

/// The tool's version, printed by `--version` and written into exports and audit trails.
enum SEN2XLVersion {
    static let current = "0.1.0"
}
