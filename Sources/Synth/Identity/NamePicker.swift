import SEN2Schema

/// Chooses a name that fits a person's ethnicity and sex from the shipped name pools.
enum NamePicker {
    /// A forename and surname.
    static func name(ethnicity: Ethnicity, sex: Sex, rng: inout SplitMix64) -> (forename: String, surname: String) {
        let pools = NamePool.pools(for: ethnicity)
        let first = rng.pick(pools.forename)
        let last = rng.pick(pools.surname)
        return (rng.pick(sex == .male ? first.male : first.female), rng.pick(last.surnames))
    }
}
