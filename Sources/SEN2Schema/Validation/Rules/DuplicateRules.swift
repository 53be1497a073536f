/// Rules across persons: the same child or young person must appear once. The validator keeps
/// one small entry per person for these checks (see ``DuplicateTracker``).
enum DuplicateRules {
    static let all = [upn, uln, nameAndBirthDate]

    /// 1520: More than one person with the same UPN.
    static let upn = Rule(
        "1520", .error, items: [.upn], source: .cbds(1520), title: "More than one person with the same UPN",
        check: .acrossPersons(DuplicateCheck(item: .upn, key: { person in person.upn.value.map { .text($0.text) } },
                                             what: { key in "the same UPN (\(key.text))" })))

    /// SX110: More than one person with the same ULN.
    static let uln = Rule(
        "SX110", .error, items: [.uniqueLearnerNumber], title: "More than one person with the same ULN",
        check: .acrossPersons(DuplicateCheck(item: .uniqueLearnerNumber, key: { person in person.uln.value.map { .text($0.text) } },
                                             what: { key in "the same ULN (\(key.text))" })))

    /// SX111: Two persons with the same name and date of birth. Different people can share a name and birth
    /// date, so this is a query, not an error.
    static let nameAndBirthDate = Rule(
        "SX111", .query, items: [.surname, .forename, .personBirthDate], title: "Two persons with the same name and date of birth",
        reading: "Different people can share a name and birth date, so this is a query, not an error.",
        check: .acrossPersons(DuplicateCheck(item: .surname, key: DuplicateKey.nameAndBirthDate,
                                             what: { _ in "the same surname, forename and date of birth" })))
}
