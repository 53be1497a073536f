import SEN2Schema
import XLSXIO

/// Makes a person's identity: a name fitting their ethnicity, a birth date for their age, a
/// postcode in the LA's area, and the identifiers a person of that age and schooling has.
struct IdentityMaker: Sendable {
    let calendar: SchoolCalendar
    let la: String
    let assumptions: Assumptions
    let numbers: PupilNumbers
    /// Other LAs a person may have come from (for UPNs issued elsewhere).
    let otherLAs: [String]

    /// How a person has been schooled, which decides the identifiers they can have.
    enum Schooling {
        /// Attended (or attends) a state-funded school in England.
        case stateSchool
        /// Never attended a state-funded school in England.
        case neverStateFunded
        /// Educated outside England.
        case outsideEngland
        /// Not yet at school.
        case notYetAtSchool
    }

    /// A birth date for someone aged `age` on 31 August before the census, no later than
    /// `latest` (so that earlier events in the story come after the birth). Someone aged 25
    /// is born late enough in the year to be 25, not 26, on the census day.
    func birthDate(age: Int, latest: CalendarDate? = nil, rng: inout SplitMix64) -> CalendarDate {
        let window = calendar.birthWindow(age: age)
        var first = window.lowerBound
        var last = window.upperBound
        if age >= 25 {
            let stillTwentyFive = CalendarDate(year: calendar.referenceDate.year - 26, month: calendar.referenceDate.month,
                                               day: calendar.referenceDate.day).adding(days: 1)
            first = CalendarDate.latest(first, stillTwentyFive)
        }
        if let latest { last = CalendarDate.earliest(last, latest) }
        return SchoolCalendar.day(between: first, and: CalendarDate.latest(first, last), rng: &rng)
    }

    /// The person's identity.
    ///
    /// - Parameters:
    ///   - index: the person's index, which makes their UPN and ULN unique.
    ///   - upnLA: the LA that issued their UPN, when known (a transfer in's previous LA).
    ///   - mayBeNoFurtherAction: true for requests that ended before identifiers were known.
    func identity(index: Int, birth: CalendarDate, sex: Sex, ethnicity mainCode: Ethnicity, schooling: Schooling,
                  upnLA: String? = nil, mayBeNoFurtherAction: Bool = false, rng: inout SplitMix64) -> IdentityFacts {
        var ethnicity = mainCode
        if !mainCode.extendedCodes.isEmpty, rng.chance(assumptions.extendedEthnicityShare) {
            ethnicity = rng.pick(mainCode.extendedCodes)
        }
        let name = NamePicker.name(ethnicity: ethnicity, sex: sex, rng: &rng)
        let age = calendar.age(bornOn: birth)
        var facts = IdentityFacts(forename: name.forename, surname: name.surname, birthDate: birth, sex: sex, ethnicity: ethnicity)
        if rng.chance(assumptions.postcodeShare) { facts.postcode = PostcodeMaker.postcode(la: la, rng: &rng) }

        if schooling == .stateSchool, rng.chance(assumptions.upnShare) {
            let issuer = upnLA ?? (rng.chance(0.85) ? la : rng.pick(otherLAs))
            let entered = calendar.ageDay.year - max(0, age - 4)
            facts.upn = numbers.upn(person: index, la: issuer, yearOfIssue: entered,
                                    temporary: rng.chance(assumptions.temporaryUPNShare))
        }
        let ulnShare = age >= 16 ? assumptions.ulnShareAge16Plus : age >= 14 ? assumptions.ulnShareAge14to15 : 0
        if rng.chance(ulnShare) { facts.uln = numbers.uln(person: index) }
        if facts.upn == nil && facts.uln == nil {
            facts.upnUnknown = IdentityMaker.reason(age: age, schooling: schooling, mayBeNoFurtherAction: mayBeNoFurtherAction)
        }
        return facts
    }

    /// Why a person has neither a UPN nor a ULN.
    static func reason(age: Int, schooling: Schooling, mayBeNoFurtherAction: Bool) -> UPNUnknownReason {
        if mayBeNoFurtherAction { return .noFurtherAction }
        switch schooling {
        case .outsideEngland: return .educatedOutsideEngland
        case .neverStateFunded: return age >= 16 ? .neverInStateSchoolOrFE : .neverInStateSchool
        case .notYetAtSchool: return age < 6 ? .under6 : .neverInStateSchool
        case .stateSchool: return age < 6 ? .under6 : .matchingDiscrepancy
        }
    }
}
