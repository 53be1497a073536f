import Foundation

/// Reads a user's parameter file: a JSON object whose keys replace the profile's, one by one,
/// so an LA can give just the figures it knows (its own setting mix, its 20-week rate) and keep
/// the national figures for the rest. Keys inside `assumptions` replace one by one too.
///
/// `sen2xl synth --print-parameters` writes a profile's parameters in the same form.
public enum ParameterFile {
    /// The parameters in `path` laid over `base`.
    public static func load(path: String, over base: SynthParameters) throws(SynthError) -> SynthParameters {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw SynthError(location: path, message: "cannot be read (\(error.localizedDescription))")
        }
        return try parse(data, name: path, over: base)
    }

    /// The parameters in JSON `data` laid over `base`; `name` is used in messages.
    public static func parse(_ data: Data, name: String, over base: SynthParameters) throws(SynthError) -> SynthParameters {
        guard let user = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw SynthError(location: name, message: "is not a JSON object; write {\"withinTwentyWeeks\": 0.3, …} (see --print-parameters)")
        }
        guard var merged = (try? JSONSerialization.jsonObject(with: json(base))) as? [String: Any] else {
            throw SynthError(location: name, message: "the built-in parameters could not be prepared")
        }
        for (key, value) in user {
            guard let current = merged[key] else {
                let known = merged.keys.sorted().joined(separator: ", ")
                throw SynthError(location: "\(name): \(key)", message: "is not a parameter; the parameters are \(known)")
            }
            if key == "assumptions", var inner = current as? [String: Any] {
                guard let replacements = value as? [String: Any] else {
                    throw SynthError(location: "\(name): assumptions", message: "must be an object of assumption names and values")
                }
                for (k, v) in replacements {
                    guard inner[k] != nil else {
                        throw SynthError(location: "\(name): assumptions.\(k)",
                                         message: "is not an assumption; they are \(inner.keys.sorted().joined(separator: ", "))")
                    }
                    inner[k] = v
                }
                merged[key] = inner
            } else {
                merged[key] = value
            }
        }
        do {
            let combined = try JSONSerialization.data(withJSONObject: merged)
            return try JSONDecoder().decode(SynthParameters.self, from: combined)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw SynthError(location: "\(name): \(path)", message: "has the wrong type of value (\(context.debugDescription))")
        } catch {
            throw SynthError(location: name, message: "could not be read as parameters (\(error))")
        }
    }

    /// `parameters` as pretty-printed JSON with sorted keys.
    public static func json(_ parameters: SynthParameters) throws(SynthError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { return try encoder.encode(parameters) + Data("\n".utf8) } catch {
            throw SynthError(location: "parameters", message: "could not be written as JSON (\(error))")
        }
    }
}
