import SEN2Schema

/// A list of forenames (by sex) and surnames common in one community, so that a person's name
/// fits their recorded ethnicity. The lists are the project's own selections of common names;
/// people are given random combinations of them, so no real person is implied.
struct NamePool: Sendable {
    /// Boys' forenames.
    let male: [String]
    /// Girls' forenames.
    let female: [String]
    /// Surnames.
    let surnames: [String]

    /// The pools a person of `ethnicity` takes their forename and surname from: one pool for
    /// most groups, two for mixed heritage (forename from one, surname from either).
    static func pools(for ethnicity: Ethnicity) -> (forename: [NamePool], surname: [NamePool]) {
        switch ethnicity.mainCode {
        case .wbri, .refu, .nobt: return ([.british], [.british])
        case .wiri: return ([.irish, .british], [.irish])
        case .wirt: return ([.irish, .british], [.irish, .british])
        case .woth: return ([.easternEuropean, .southernEuropean], [.easternEuropean, .southernEuropean])
        case .wrom: return ([.easternEuropean, .british], [.easternEuropean, .british])
        case .mwbc: return ([.british, .caribbean], [.british, .caribbean])
        case .mwba: return ([.british, .westAfrican], [.british, .westAfrican])
        case .mwas: return ([.british, .southAsian], [.british, .pakistani, .southAsian])
        case .moth: return ([.british, .arab, .caribbean], [.british, .arab, .southernEuropean])
        case .aind: return ([.southAsian], [.southAsian])
        case .apkn: return ([.pakistani], [.pakistani])
        case .aban: return ([.bangladeshi], [.bangladeshi])
        case .aoth: return ([.southAsian, .arab], [.southAsian, .arab])
        case .bcrb, .both: return ([.caribbean, .british], [.caribbean, .british])
        case .bafr: return ([.westAfrican, .eastAfrican], [.westAfrican, .eastAfrican])
        case .chne: return ([.chinese, .british], [.chinese])
        default: return ([.arab, .eastAfrican, .easternEuropean], [.arab, .eastAfrican, .easternEuropean])
        }
    }
}
