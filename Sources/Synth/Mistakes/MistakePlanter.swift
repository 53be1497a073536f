import SEN2Schema
import XLSXIO

/// Plants at most one mistake in a share of the persons (``SynthOptions/errorRate``), chosen
/// by each person's own mistake stream, so that planting never changes the clean cohort.
///
/// A person gets a mistake when the first number of their stream falls below the rate; the
/// kind is chosen among those that fit the person's records (a ULN mistake needs a ULN, a
/// missing placement needs a plan in force).
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

    /// Plants a mistake in `generated` if the person is chosen: every kind is tried on a copy
    /// (each with its own stream) and one of those that fit is kept, all fitting kinds being
    /// equally likely.
    func plant(in generated: inout GeneratedPerson, generator: CohortGenerator) {
        guard options.errorRate > 0 else { return }
        let streams = PersonRandom(seed: options.seed, index: generated.index)
        var rng = streams.stream(.mistakes)
        guard rng.unit() < options.errorRate else { return }
        var candidates: [(person: Person, mistake: PlantedMistake)] = []
        for (k, kind) in MistakeKind.allCases.enumerated() {
            var copy = generated.person
            var attempt = SplitMix64(seed: SplitMix64.derive(options.seed, UInt64(generated.index), 0x4D49_5354, UInt64(k)))
            let made = kind == .duplicatedPerson
                ? duplicate(&copy, index: generated.index, generator: generator)
                : MistakeMaker(kind: kind, year: options.year, calendar: calendar, personIndex: generated.index).plant(in: &copy, rng: &attempt)
            if let made { candidates.append((copy, made)) }
        }
        guard !candidates.isEmpty else { return }
        let chosen = candidates[rng.below(candidates.count)]
        generated.person = chosen.person
        generated.mistakes.append(chosen.mistake)
    }

    /// Replaces the person with a copy of the one before (who must be clean), under their own
    /// Person ID, as when a child is keyed twice.
    private func duplicate(_ person: inout Person, index: Int, generator: CohortGenerator) -> PlantedMistake? {
        guard index > 0, !isChosen(index - 1) else { return nil }
        let original = generator.cleanPerson(at: index - 1).person
        var copy = original
        copy.id = person.id
        for i in copy.requests.indices { copy.requests[i].id = "\(copy.id ?? "")-R\(i + 1)" }
        person = copy
        let byUPN = copy.upn.value != nil
        return PlantedMistake(kind: .duplicatedPerson, table: .persons, item: byUPN ? .upn : .surname, personID: copy.id ?? "",
                              personIndex: index, rule: byUPN ? "1520" : "SX111",
                              detail: "same person as \(original.id ?? "") (\(byUPN ? "same UPN" : "same name and birth date"))")
    }
}
