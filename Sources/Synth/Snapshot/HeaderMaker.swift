import SEN2Schema
import XLSXIO

/// The return's header for a synthetic cohort. The software code says the data are synthetic,
/// so a file can never be mistaken for a real return.
enum HeaderMaker {
    /// The software code written into every synthetic return.
    static let softwareCode = "sen2xl synth: SYNTHETIC DATA, NOT REAL CHILDREN"

    static func header(options: SynthOptions) -> Header {
        var rng = SplitMix64(seed: SplitMix64.derive(options.seed, 0x4845_4144))
        var h = Header()
        let year = options.year
        h.collection = .value("SEN2")
        h.year = .value(year.rawValue)
        h.referenceDate = .value(options.effectiveReferenceDate)
        h.sourceLevel = .value("L")
        h.lea = ReturnSnapshot.field(LACode(options.la))
        h.softwareCode = .value(softwareCode)
        if !options.release.isEmpty { h.release = .value(options.release) }
        h.serialNo = .value("001")
        // A fixed time on the reference date, so the same options give the same bytes.
        h.dateTime = .value(ExcelDateTime(date: options.effectiveReferenceDate, secondsOfDay: 9 * 3600, kind: .dateTime))
        let statuses = WeightedTable<OfficerStatus>([(.yes, 0.85), (.recruiting, 0.1), (.no, 0.05)])
        h.dmo = .value(statuses.pick(using: &rng))
        h.dco = .value(statuses.pick(using: &rng))
        if year.declaration.collects(.dsco) { h.dsco = .value(statuses.pick(using: &rng)) }
        return h
    }
}
