/// The `--report` text: each generated distribution beside its calibration target, with the
/// total variation distance, and the 20-week and refusal rates.
public enum CalibrationReport {
    /// The report for `statistics` of a cohort made with `options` and `calibration`.
    public static func text(_ s: CohortStatistics, options: SynthOptions, calibration: Calibration) -> String {
        var out = "Synthetic SEN2 cohort (synthetic data, not real children)\n"
        out += "\(options.children) persons; \(options.year.rawValue) return (reference date \(options.effectiveReferenceDate)); "
        out += "LA \(options.la); seed \(options.seed); profile \(calibration.parameters.profile)\n"
        out += "Targets: sen2-stats.md (January 2025 caseload, 2024 activity), as the profile adjusts them.\n\n"
        for rate in [s.withinTwentyWeeks, s.refusal] { out += line(rate) }
        out += "\n"
        for d in [s.age, s.sex, s.need, s.setting] { out += table(d) }
        out += "Refusal rate by age (requests received in the year)\n"
        out += pad("age", 10) + pad("target", 9, right: true) + pad("cohort", 9, right: true) + pad("requests", 10, right: true) + "\n"
        for (i, row) in s.refusalsByAge.enumerated() {
            let label = i == 0 ? "2 and under" : i == 18 ? "20 and over" : String(i + 2)
            let rate = row.requests > 0 ? Double(row.refused) / Double(row.requests) : 0
            out += pad(label, 10) + pad(percent(s.refusalTargetByAge[i]), 9, right: true) + pad(percent(rate), 9, right: true)
                + pad(String(row.requests), 10, right: true) + "\n"
        }
        out += "\n"
        for d in [s.settingDetail, s.ethnicity, s.yearsInPlace, s.requestOutcomes, s.newPlanAge, s.ceaseReasons, s.situations] {
            out += table(d)
        }
        return out
    }

    /// One distribution as a table with its distance.
    static func table(_ d: Distribution) -> String {
        var out = "\(d.title) (\(d.total) counted)\n"
        out += pad("", 32) + pad("target", 9, right: true) + pad("cohort", 9, right: true) + "\n"
        for (i, category) in d.categories.enumerated() {
            out += pad(category, 32) + pad(percent(d.target[i]), 9, right: true) + pad(percent(d.shares[i]), 9, right: true) + "\n"
        }
        out += "total variation distance: \(fixed(d.totalVariation, 4))"
        if let limit = d.limit { out += d.totalVariation <= limit ? " (within \(fixed(limit, 2)))" : " (OVER the \(fixed(limit, 2)) target)" }
        return out + "\n\n"
    }

    /// One rate with its target.
    static func line(_ r: Rate) -> String {
        var out = "\(r.title): \(percent(r.value)) of \(r.denominator); target \(percent(r.target)); "
        out += "difference \(fixed(r.differencePoints, 1)) points"
        if let limit = r.limitPoints { out += abs(r.differencePoints) <= limit ? " (within \(fixed(limit, 0)))" : " (OVER \(fixed(limit, 0)))" }
        return out + "\n"
    }

    static func percent(_ x: Double) -> String { fixed(x * 100, 1) + "%" }

    /// `x` with `places` decimals, rounded half away from zero, without Foundation's formatting.
    static func fixed(_ x: Double, _ places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        var text = (x < 0 && scaled > 0 ? "-" : "") + String(whole)
        if places > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: max(0, places - digits.count)) + digits
        }
        return text
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(1, width - text.count))
        return right ? gap + text : text + gap
    }
}
