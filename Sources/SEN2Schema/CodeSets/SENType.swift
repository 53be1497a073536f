/// Type of special educational need (item 5.8a, element `SENtype`). DS is in the list from 2025.
public enum SENType: String, SEN2Code {
    /// Specific learning difficulty.
    case specificLearning = "SPLD"
    /// Moderate learning difficulty.
    case moderateLearning = "MLD"
    /// Severe learning difficulty.
    case severeLearning = "SLD"
    /// Profound and multiple learning difficulty.
    case profoundMultipleLearning = "PMLD"
    /// Social, emotional and mental health.
    case socialEmotionalMentalHealth = "SEMH"
    /// Speech, language and communication needs.
    case speechLanguageCommunication = "SLCN"
    /// Hearing impairment.
    case hearing = "HI"
    /// Vision impairment.
    case vision = "VI"
    /// Multi-sensory impairment.
    case multiSensory = "MSI"
    /// Physical disability.
    case physical = "PD"
    /// Autistic spectrum disorder.
    case autism = "ASD"
    /// Down syndrome (from 2025).
    case downSyndrome = "DS"
    /// Other difficulty or disability.
    case other = "OTH"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.senType
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<SENType>()

    /// The first collection year whose code list has this code.
    public var firstYear: Int { self == .downSyndrome ? 2025 : 2023 }

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .specificLearning: return "Specific learning difficulty"
        case .moderateLearning: return "Moderate learning difficulty"
        case .severeLearning: return "Severe learning difficulty"
        case .profoundMultipleLearning: return "Profound and multiple learning difficulty"
        case .socialEmotionalMentalHealth: return "Social, emotional and mental health"
        case .speechLanguageCommunication: return "Speech, language and communication needs"
        case .hearing: return "Hearing impairment"
        case .vision: return "Vision impairment"
        case .multiSensory: return "Multi-sensory impairment"
        case .physical: return "Physical disability"
        case .autism: return "Autistic spectrum disorder"
        case .downSyndrome: return "Down syndrome"
        case .other: return "Other difficulty or disability"
        }
    }
}
