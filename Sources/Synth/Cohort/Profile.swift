/// A starting set of parameters for ``SynthOptions``.
public enum Profile: String, CaseIterable, Sendable {
    /// England as a whole (``SynthParameters/england``).
    case england
    /// The London region (``SynthParameters/london``).
    case london
    /// A single LA whose 20-week share is drawn by the seed from the published spread between
    /// LAs; otherwise England's figures. Cohorts over many seeds reproduce the spread.
    case sampledLA = "sampled-la"

    /// The profile's parameters.
    public var parameters: SynthParameters {
        switch self {
        case .england, .sampledLA: return .england
        case .london: return .london
        }
    }
}
