import XLSXIO

/// What the linker compares of one person, normalised once.
struct PersonFeatures: Sendable {
    var surname: [UInt8]
    var forename: [UInt8]
    var birthDate: CalendarDate?
    var sex: Sex?
    var postcode: String?
    var upn: String?
    var uln: String?

    init(_ person: Person) {
        surname = NameText.normalised(person.surname.text)
        forename = NameText.normalised(person.forename.text)
        birthDate = person.birthDate.value
        sex = person.sex.value
        postcode = person.postcode.value?.text
        upn = person.upn.value?.text
        uln = person.uln.value?.text
    }

    /// The exact key of the name-and-birth-date stage, or nil when a part is missing.
    var nameAndBirthKey: String? {
        guard !surname.isEmpty, !forename.isEmpty, let birthDate else { return nil }
        return String(decoding: surname, as: UTF8.self) + "|" + String(decoding: forename, as: UTF8.self) + "|" + birthDate.description
    }

    /// The names in alphabetical order, so that a forename/surname swap gives the same key.
    var unorderedNameKey: String? {
        guard !surname.isEmpty, !forename.isEmpty else { return nil }
        let a = String(decoding: surname, as: UTF8.self), b = String(decoding: forename, as: UTF8.self)
        return a < b ? a + "|" + b : b + "|" + a
    }
}

extension CalendarDate {
    /// The date with day and month exchanged, when that is a different, real date.
    var dayMonthSwapped: CalendarDate? {
        guard day != month, day <= 12 else { return nil }
        return CalendarDate(validatingYear: year, month: day, day: month)
    }
}
