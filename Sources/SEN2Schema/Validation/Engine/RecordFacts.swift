import XLSXIO

/// Facts about records that several rules need, stated once. A value that could not be read
/// counts as unknown, so one bad cell is reported once, by its own rule, not again by every
/// rule that depends on it.
extension NamedPlan {
    /// True when the plan has not ceased by `day`: no cease date, or one after it.
    func isInForce(on day: CalendarDate) -> Bool {
        switch ceaseDate {
        case .absent: return true
        case .value(let date): return date > day
        case .invalid: return false
        }
    }
}

extension CalendarDate {
    /// A date before any date a return holds, for comparisons with a missing date.
    static let distantPast = CalendarDate(year: 1, month: 1, day: 1)
}

extension PlacementDetail {
    /// True when the placement had not ended by `day` (no leaving date, or a later one).
    func isOpen(on day: CalendarDate) -> Bool {
        switch leavingDate {
        case .absent: return true
        case .value(let date): return date >= day
        case .invalid: return false
        }
    }
}

extension RuleRun {
    /// The person's age at the start of the academic year holding the reference date, when
    /// their birth date is known.
    var ageAtAcademicYearStart: Int? {
        person.birthDate.value.map { ValidationContext.age(bornOn: $0, on: context.academicYearStart) }
    }

    /// Where a record is, in parentheses for a message, or empty when it is not known.
    func inParentheses(_ origin: RecordOrigin) -> String {
        let place = place(of: origin)
        return place.isEmpty ? "" : " (\(place))"
    }
}
