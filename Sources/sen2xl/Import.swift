import ArgumentParser
import Foundation
import SEN2Schema

extension SEN2XL {
    /// `sen2xl import RETURN.xml -o BOOK.xlsx`: turn a submitted return into the template.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Turn a COLLECT XML return (ours or another system's) into the data-entry workbook.",
            discussion: """
            Streams the file, so a national-size return needs no more memory than a small one. Element names are \
            matched ignoring case (SENsetting and SENSetting both read). The year comes from the file's header unless \
            --year is given. Values that cannot be read are kept as written and listed.
            """)

        @Argument(help: "The XML return.", completion: .file(extensions: ["xml"]))
        var input: String

        @Option(name: [.short, .long], help: "Where to write the workbook.")
        var output: String

        @Option(name: .long, help: ArgumentHelp("The collection year whose columns to use (default: the file's Year).",
                                                discussion: YearHelp.text.discussion))
        var year: CollectionYear?

        @Flag(name: .long, help: "Replace the output file if it exists.")
        var force = false

        func run() throws {
            try Failure.guarded {
                try OutputPaths.check(outputs: [output], inputs: [input])
                var book: TemplateWorkbook?
                let report = try ReturnXMLReader(path: input).read(header: { header in
                    guard let chosen = year ?? header.year.value.flatMap(CollectionYear.init(year:)) else {
                        throw SEN2Error(file: input, place: "Header/CollectionDetails/Year",
                                        message: "the file's year \(header.year.text ?? "(none)") is not a supported collection year; pass --year")
                    }
                    book = try TemplateWorkbook(path: output, year: chosen, overwrite: force)
                    try book?.write(header: header)
                }, person: { person in
                    guard let book else {
                        throw SEN2Error(file: input, message: "persons come before the header; the file is not a SEN2 return")
                    }
                    try book.append(person)
                })
                guard let book else { throw SEN2Error(file: input, message: "the file has no header") }
                try book.finish()
                ReturnLoading.printReport(report)
                if let date = book.referenceDateNotKept {
                    FileHandle.standardError.write(Data("note: ReferenceDate \(date) is not the \(book.year) census day \(book.year.census); the workbook keeps no reference date, so an export from it gives \(book.year.census)\n".utf8))
                }
                if !book.itemsLeftOut.isEmpty {
                    let names = book.itemsLeftOut.map(\.element).sorted().joined(separator: ", ")
                    FileHandle.standardError.write(Data("note: \(book.year) does not collect \(names); those values were left out (pass --year to choose another year)\n".utf8))
                }
                FileHandle.standardError.write(Data("sen2xl: wrote \(output): \(book.persons) person(s), \(book.year) columns\n".utf8))
            }
        }
    }
}
