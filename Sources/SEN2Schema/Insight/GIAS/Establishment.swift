/// One establishment of a Get Information about Schools (GIAS) export: what the summary needs
/// to class a placement by its URN.
public struct Establishment: Hashable, Sendable {
    /// The URN.
    public var urn: String
    /// `EstablishmentName`.
    public var name: String
    /// `TypeOfEstablishment (name)`, e.g. "Academy converter".
    public var type: String
    /// `PhaseOfEducation (name)`, e.g. "Secondary"; "Not applicable" for colleges and others.
    public var phase: String
    /// `EstablishmentTypeGroup (name)`, e.g. "Academies", when the export has it.
    public var typeGroup: String

    /// Creates an establishment.
    public init(urn: String, name: String = "", type: String, phase: String, typeGroup: String = "") {
        self.urn = urn
        self.name = name
        self.type = type
        self.phase = phase
        self.typeGroup = typeGroup
    }

    /// "type – phase", or the type alone when the phase does not apply.
    public var typeAndPhase: String {
        let p = phase.trimmingSpaces
        if p.isEmpty || p.lowercased() == "not applicable" { return type }
        return type + " – " + p
    }

    /// The group the DfE publication reports placements in.
    public var placementGroup: PlacementGroup {
        let t = type.lowercased()
        if t.contains("post 16") || t.contains("further education") || t.contains("sixth form centre")
            || typeGroup.lowercased() == "colleges" { return .furtherEducation }
        if t.contains("pupil referral") || t.contains("alternative provision") { return .alternativeProvision }
        if t.contains("special") { return .special }
        if t.contains("welsh") || t.contains("online") || t.contains("higher education")
            || t.contains("overseas") || t.contains("offshore") { return .educatedElsewhere }
        return .mainstream
    }
}
