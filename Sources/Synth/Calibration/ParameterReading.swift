import SEN2Schema

/// Turns the parameters' string-keyed tables into typed weights, refusing unknown keys and
/// negative or missing figures with a message naming the key.
enum ParameterReading {
    /// Weights by age 0…25 from keys `"0"` … `"25"`, where `"under3"` is spread over ages
    /// 0–2 by `underThreeSplit`.
    static func ages(_ table: [String: Double], name: String, underThreeSplit: [Double]) throws(SynthError) -> [Double] {
        var weights = Array(repeating: 0.0, count: 26)
        for (key, value) in table {
            try checkWeight(value, name: name, key: key)
            if key == "under3" {
                for (age, share) in underThreeSplit.prefix(3).enumerated() { weights[age] += value * share }
            } else if let age = Int(key), (0...25).contains(age) {
                weights[age] += value
            } else {
                throw SynthError(location: "\(name).\(key)", message: "not an age: use \"0\" … \"25\" (or \"under3\")")
            }
        }
        return weights
    }

    /// Weights by age band from keys `lowest` … `highest`, where the lowest key stands for
    /// that age and under and the highest for that age and over.
    static func ageBands(_ table: [String: Double], name: String, lowest: Int, highest: Int) throws(SynthError) -> [Double] {
        var weights = Array(repeating: 0.0, count: highest - lowest + 1)
        for (key, value) in table {
            try checkWeight(value, name: name, key: key)
            guard let age = Int(key), (lowest...highest).contains(age) else {
                throw SynthError(location: "\(name).\(key)",
                                 message: "not an age band: use \"\(lowest)\" (\(lowest) and under) … \"\(highest)\" (\(highest) and over)")
            }
            weights[age - lowest] += value
        }
        return weights
    }

    /// Weights keyed by the raw values of `Key` (SEN2 codes, setting kinds, outcome keys).
    static func named<Key: RawRepresentable & CaseIterable & Hashable>(_ table: [String: Double], name: String, as _: Key.Type)
        throws(SynthError) -> [Key: Double] where Key.RawValue == String {
        var weights: [Key: Double] = [:]
        for (key, value) in table {
            try checkWeight(value, name: name, key: key)
            guard let k = Key(rawValue: key) else {
                let known = Key.allCases.map(\.rawValue).joined(separator: ", ")
                throw SynthError(location: "\(name).\(key)", message: "unknown key; expected one of \(known)")
            }
            weights[k, default: 0] += value
        }
        return weights
    }

    /// A share between 0 and 1.
    static func share(_ value: Double, name: String) throws(SynthError) -> Double {
        guard value.isFinite, value >= 0, value <= 1 else {
            throw SynthError(location: name, message: "must be a share between 0 and 1, not \(value)")
        }
        return value
    }

    /// Refuses a table whose weights are all zero.
    static func requirePositive(_ total: Double, name: String) throws(SynthError) {
        guard total > 0 else { throw SynthError(location: name, message: "needs at least one positive figure") }
    }

    private static func checkWeight(_ value: Double, name: String, key: String) throws(SynthError) {
        guard value.isFinite, value >= 0 else {
            throw SynthError(location: "\(name).\(key)", message: "must be a count or weight of zero or more, not \(value)")
        }
    }
}
