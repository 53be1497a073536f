import ArgumentParser
import Foundation
import SEN2Schema

extension SEN2XL {
    /// `sen2xl rules`: list the validation rules.
    struct Rules: ParsableCommand {
        /// The listing's format.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case markdown, json
        }

        static let configuration = CommandConfiguration(
            abstract: "List the validation rules: id, severity, years, what each checks and where it comes from.",
            discussion: """
            Markdown (the default) is the form RULES.md is generated in; JSON is \
            {"version":…,"year":…,"rules":[{"id","severity","years","title","items","source","dfeRule","reading"},…]}. \
            Only the UPN rules carry DfE (CBDS) numbers; every other id is sen2xl's own.
            """)

        @Option(name: .long, help: "List only the rules of this collection year (2024–2027); default: every year.")
        var year: CollectionYear?

        @Option(name: .long, help: "markdown or json.")
        var format: Format = .markdown

        func run() throws {
            let text = format == .markdown ? RuleCatalogue.standard.markdown(year: year) : RuleCatalogue.standard.json(year: year)
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
