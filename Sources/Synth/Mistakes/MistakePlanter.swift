import SEN2Schema
import XLSXIO

/// Plants at most one mistake in a share of the persons (``SynthOptions/errorRate``), chosen
/// by each person's own mistake stream, so that planting never changes the clean cohort.
///
/// A person gets a mistake when the first number of their stream falls below the rate; the
/// kind is tried from a random starting point through ``MistakeKind/allCases`` until one fits
/// the person's records (a ULN mistake needs a ULN, a missing placement needs a plan in force).
struct MistakePlanter: Sendable {
    let options: SynthOptions
    let calendar: SchoolCalendar

    init(options: SynthOptions, calendar: SchoolCalendar) {
        self.options = options
        self.calendar = calendar
    }

    /// True when person `index` is chosen for a mistake.
    func isChosen(_ index: Int) -> Bool {
        guard options.errorRate > 0 else { return false }
        var rng = PersonRandom(seed: options.seed, index: index).stream(.mistakes)
        return rng.unit() < options.errorRate
    }

    /// Plants a mistake in `generated` if the person is chosen.
    func plant(in generated: inout GeneratedPerson, generator: CohortGenerator) {
        guard options.errorRate > 0 else { return }
        var rng = PersonRandom(seed: options.seed, index: generated.index).stream(.mistakes)
        guard rng.unit() < options.errorRate else { return }
        let kinds = MistakeKind.allCases
        let first = rng.below(kinds.count)
        for step in 0..<kinds.count {
            let kind = kinds[(first + step) % kinds.count]
            if kind == .duplicatedPerson {
                guard let mistake = duplicate(&generated, generator: generator) else { continue }
                generated.mistakes.append(mistake)
                return
            }
            var copy = generated.person
            if let mistake = MistakeMaker(kind: kind, year: options.year, calendar: calendar).plant(in: &copy, rng: &rng) {
                generated.person = copy
                generated.mistakes.append(mistake)
                return
            }
        }
    }

    /// Replaces the person with a copy of the one before (who must be clean), under their own
    /// Person ID, as when a child is keyed twice.
    private func duplicate(_ generated: inout GeneratedPerson, generator: CohortGenerator) -> PlantedMistake? {
        let index = generated.index
        guard index > 0, !isChosen(index - 1) else { return nil }
        let original = generator.cleanPerson(at: index - 1).person
        var copy = original
        copy.id = generated.person.id
        for i in copy.requests.indices { copy.requests[i].id = "\(copy.id ?? "")-R\(i + 1)" }
        generated.person = copy
        let byUPN = copy.upn.value != nil
        return PlantedMistake(kind: .duplicatedPerson, table: .persons, item: byUPN ? .upn : .surname, personID: copy.id ?? "",
                              request: nil, position: nil,
                              detail: "same person as \(original.id ?? "") (\(byUPN ? "same UPN" : "same name and birth date"))")
    }
}
