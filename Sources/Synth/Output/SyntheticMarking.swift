import Foundation
import SEN2Schema
import XLSXIO

/// How every file the generator writes says that its data are synthetic: the XML header's
/// software code, the workbook's document properties, and a notice at the top of its Guide.
/// The workbook's creation time is the reference date, so the same options give the same bytes.
public enum SyntheticMarking {
    /// The workbook's document properties.
    public static func properties(_ options: SynthOptions) -> DocumentProperties {
        let day = options.effectiveReferenceDate.daysSinceEpoch
        return DocumentProperties(title: "SEN2 return \(options.year): SYNTHETIC DATA",
                                  subject: "Synthetic cohort made by sen2xl synth (seed \(options.seed)); no real child or young person",
                                  creator: "sen2xl synth",
                                  created: Date(timeIntervalSince1970: Double(day) * 86_400 + 9 * 3_600))
    }

    /// The notice shown first on the workbook's Guide sheet.
    public static func notice(_ options: SynthOptions) -> String {
        "SYNTHETIC DATA made by sen2xl synth (seed \(options.seed), \(options.children) persons, LA \(options.la)): "
            + "no real child or young person is described; names, identifiers, postcodes and settings are made up."
    }
}
