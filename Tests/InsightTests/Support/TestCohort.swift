import XLSXIO
@testable import SEN2Schema

/// A synthetic population for linkage tests: common names repeat (as they do), about one
/// person in fifty has a twin (same surname, birth date and postcode), most have a UPN.
enum TestCohort {
    static let surnames = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
                           "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke",
                           "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes",
                           "Moore", "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan",
                           "Scott", "Watson", "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell",
                           "Bailey", "Carter", "Cook", "Singh", "Shaw", "Bell", "Collins", "Morgan", "Kelly", "Begum",
                           "Miller", "Cox", "Hussain", "Marshall", "Simpson", "Price", "Anderson", "Adams", "Wilkinson", "Ali",
                           "Ahmed", "Foster", "Ellis", "Murphy", "Chapman", "Mason", "Gray", "Richards", "Webb", "Griffiths",
                           "Hunt", "Palmer", "Campbell", "Holmes", "Mills", "Rogers", "Barnes", "Knight", "Matthews", "Barker",
                           "Powell", "Stevens", "Kaur", "Fisher", "Butler", "Dixon", "Russell", "Harvey", "Pearson", "Graham",
                           "O'Brien", "Nowak", "Kowalski", "Okafor", "Mensah", "Nguyen", "Da Silva", "Zhang", "Mohamed", "Yilmaz"]
    static let boys = ["Oliver", "George", "Noah", "Arthur", "Harry", "Leo", "Muhammad", "Jack", "Charlie", "Oscar", "Jacob", "Henry",
                       "Thomas", "Freddie", "Alfie", "Theo", "William", "Theodore", "Archie", "Joshua", "Alexander", "James",
                       "Isaac", "Edward", "Lucas", "Tommy", "Finley", "Max", "Logan", "Ethan", "Mohammed", "Teddy", "Benjamin",
                       "Arlo", "Joseph", "Sebastian", "Harrison", "Elijah", "Adam", "Daniel", "Samuel", "Louie", "Mason", "Reuben",
                       "Albie", "Rory", "Jaxon", "Hugo", "Luca", "Zachary", "Reggie", "Hunter", "Louis", "Dylan", "Albert",
                       "David", "Jude", "Frankie", "Roman", "Ezra", "Toby", "Riley", "Carter", "Ronnie", "Frederick", "Gabriel",
                       "Stanley", "Bobby", "Jesse", "Michael", "Elliot", "Grayson", "Mohammad", "Liam", "Jenson", "Ellis"]
    static let girls = ["Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow", "Rosie", "Sophia",
                        "Isabella", "Grace", "Daisy", "Sienna", "Poppy", "Elsie", "Emily", "Ella", "Evelyn", "Phoebe", "Sofia",
                        "Evie", "Charlotte", "Harper", "Millie", "Matilda", "Maya", "Sophie", "Alice", "Emilia", "Isabelle",
                        "Ruby", "Luna", "Maisie", "Aria", "Penelope", "Mila", "Bonnie", "Eva", "Hallie", "Eliza", "Ada",
                        "Violet", "Esme", "Arabella", "Imogen", "Jessica", "Delilah", "Chloe", "Zara", "Zoë", "Aisha", "Maryam"]
    static let areas = ["N1", "N7", "E8", "SE15", "SW9", "W10", "NW6", "E17", "N17", "SE1", "B12", "M14", "LS8", "BS5", "L8", "NG7"]

    /// `count` persons (IDs `C1` …), each with one plan and some placements and needs.
    static func persons(count: Int, seed: UInt64) -> [Person] {
        var random = TestRandom(seed: seed)
        var out: [Person] = []
        out.reserveCapacity(count)
        var serial = 0
        while out.count < count {
            serial += 1
            let sex: Sex = random.chance(0.7) ? .male : .female
            let forename = random.skewed(sex == .male ? boys : girls)
            let surname = random.skewed(surnames)
            let born = CalendarDate(year: 2000 + random.below(23), month: 1 + random.below(12), day: 1 + random.below(28))
            let postcode = random.skewed(areas) + " \(random.below(10))\(letter(&random))\(letter(&random))"
            var person = make(id: "C\(out.count + 1)", surname: surname, forename: forename, born: born, sex: sex, postcode: postcode,
                              serial: serial, random: &random)
            out.append(person)
            if random.chance(0.02), out.count < count {
                serial += 1
                let twinSex: Sex = random.chance(0.5) ? sex : (sex == .male ? .female : .male)
                var twinName = random.skewed(twinSex == .male ? boys : girls)
                while twinName == forename { twinName = random.skewed(twinSex == .male ? boys : girls) }
                person = make(id: "C\(out.count + 1)", surname: surname, forename: twinName, born: born, sex: twinSex,
                              postcode: postcode, serial: serial, random: &random)
                out.append(person)
            }
        }
        return out
    }

    private static func letter(_ random: inout TestRandom) -> Character {
        Array("ABDEFGHJLNPQRSTUWXYZ")[random.below(20)]
    }

    private static func make(id: String, surname: String, forename: String, born: CalendarDate, sex: Sex, postcode: String,
                             serial: Int, random: inout TestRandom) -> Person {
        var p = Person(id: id)
        p.surname = .value(surname)
        p.forename = .value(forename)
        p.birthDate = .value(born)
        p.sex = .value(sex)
        p.ethnicity = .value(random.skewed(Ethnicity.allCases))
        p.postcode = Postcode(postcode).map { .value($0) } ?? .absent
        if random.chance(0.85) { p.upn = .value(upn(serial)) }
        if born.year < 2008, random.chance(0.5) { p.uln = .value(uln(serial)) }
        let start = CalendarDate(year: max(born.year + 3, 2015) + random.below(6), month: 1 + random.below(12), day: 1 + random.below(28))
        var plan = NamedPlan()
        plan.startDate = .value(start)
        var assessment = Assessment()
        assessment.outcome = .value(.historical)
        assessment.namedPlan = plan
        var active = ActivePlans()
        var need = SENNeed()
        need.type = .value(random.skewed(SENType.allCases))
        need.rank = .value(.primary)
        active.needs = [need]
        var placement = PlacementDetail()
        placement.urn = .value(URN(String(100_000 + random.below(900_000)))!)
        placement.rank = .value(.primary)
        placement.entryDate = .value(start)
        active.placements = [placement]
        var request = Request()
        request.outcome = .value(.historical)
        request.assessment = assessment
        request.activePlans = active
        p.requests = [request]
        return p
    }

    /// A valid UPN, distinct for each serial below 90,000.
    static func upn(_ serial: Int) -> UPN {
        let digits = "202" + String(1000 + serial % 9000) + "1" + String((serial / 9000) % 10) + String(serial % 1000).leftPadded(3)
        let rest = String(digits.prefix(12))
        return UPN(String(UPN.checkLetter(forLast12: rest)!) + rest)!
    }

    /// A valid ULN, distinct for each serial below 100 million.
    static func uln(_ serial: Int) -> ULN {
        var n = serial
        while true {
            let first9 = "1" + String(n).leftPadded(8)
            if let check = ULN.checkDigit(forFirst9: first9) { return ULN(first9 + String(check))! }
            n += 50_000_000
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
