import XLSXIO

/// How long each step takes: the request decision, and the time from request to a plan (or
/// to a decision not to issue), shaped to reproduce the published 20-week split (§6.8 of
/// `sen2-stats.md`) and the 6-week decision rate (§6.6).
struct TimingModel: Sendable {
    /// Days from request to plan when no exceptions apply.
    let toPlan: DayBins
    /// Days from request to plan when exceptions to the 20-week limit apply.
    let toPlanWithExceptions: DayBins
    /// Share of new plans with exceptions.
    let exceptionShare: Double
    /// Days from request to the decision whether to assess.
    let toRequestDecision: DayBins
    /// Days from request to a decision not to issue a plan.
    let toNoPlanDecision: DayBins
    /// The share of plans issued within 20 weeks (no exceptions) this cohort aims at.
    let withinTwentyWeeks: Double

    /// Twenty weeks, in days: the statutory limit from request to final plan.
    static let twentyWeeks = 140

    /// - Parameter withinTwentyWeeks: the LA's share within 20 weeks (the profile's, or one
    ///   drawn from the spread between LAs); the rest is split between "20 weeks to a year"
    ///   and "over a year" as the parameters split it.
    init(parameters p: SynthParameters, withinTwentyWeeks: Double) throws(SynthError) {
        let within = try ParameterReading.share(withinTwentyWeeks, name: "withinTwentyWeeks")
        let mid = try ParameterReading.share(p.twentyWeeksToOneYear, name: "twentyWeeksToOneYear")
        let over = try ParameterReading.share(p.overOneYear, name: "overOneYear")
        let lateTotal = mid + over
        let late = lateTotal > 0 ? (mid / lateTotal, over / lateTotal) : (1.0, 0.0)
        self.withinTwentyWeeks = within
        toPlan = TimingModel.toPlanBins(within: within, late: late)
        let exceptionsWithin = try ParameterReading.share(p.exceptionsWithinTwentyWeeks, name: "exceptionsWithinTwentyWeeks")
        toPlanWithExceptions = TimingModel.toPlanBins(within: exceptionsWithin, late: late)
        exceptionShare = try ParameterReading.share(p.twentyWeekExceptionShare, name: "twentyWeekExceptionShare")
        let sixWeeks = try ParameterReading.share(p.requestDecisionWithinSixWeeks, name: "requestDecisionWithinSixWeeks")
        toRequestDecision = DayBins([(10, 28, 0.4 * sixWeeks), (29, 42, 0.6 * sixWeeks), (43, 70, 0.8 * (1 - sixWeeks)), (71, 110, 0.2 * (1 - sixWeeks))])
        // §2.2: 34.1 % of decisions not to issue were made within time (2024).
        toNoPlanDecision = DayBins([(84, 112, 0.12), (113, 140, 0.221), (141, 200, 0.45), (201, 320, 0.209)])
    }

    /// Request-to-plan days: within 20 weeks most plans come in the last weeks before the
    /// limit; late plans thin out over the year; a few take well over a year.
    static func toPlanBins(within: Double, late: (Double, Double)) -> DayBins {
        let rest = 1 - within
        return DayBins([
            (84, 112, 0.15 * within), (113, 126, 0.35 * within), (127, twentyWeeks, 0.5 * within),
            (twentyWeeks + 1, 182, 0.35 * rest * late.0), (183, 273, 0.45 * rest * late.0), (274, 365, 0.2 * rest * late.0),
            (366, 450, 0.7 * rest * late.1), (451, 600, 0.3 * rest * late.1),
        ])
    }

    /// The share of events dated uniformly over `window` whose start, `days` drawn from
    /// `bins` earlier, falls on or after `since`: how many plans issued in the year were also
    /// requested in it.
    static func shareStartingSince(_ since: CalendarDate, window: ClosedRange<CalendarDate>, bins: DayBins) -> Double {
        let first = window.lowerBound.daysSinceEpoch, last = window.upperBound.daysSinceEpoch
        let length = Double(last - first + 1)
        var share = 0.0
        let weights = bins.bins.map(\.weight)
        let total = weights.reduce(0, +)
        for bin in bins.bins {
            let perDay = bin.weight / total / Double(bin.upper - bin.lower + 1)
            for t in bin.lower...bin.upper {
                // Event day e qualifies when e − t ≥ since, i.e. e ≥ since + t.
                let earliest = max(first, since.daysSinceEpoch + t)
                share += perDay * Double(max(0, last - earliest + 1)) / length
            }
        }
        return share
    }

    /// A 20-week share drawn from the spread between LAs: `u` read through the piecewise-linear
    /// quantile function of the published minimum, quartiles and maximum (percentages).
    static func drawnFromSpread(_ spread: [Double], u: Double) throws(SynthError) -> Double {
        guard spread.count == 5, spread == spread.sorted(), spread.first! >= 0, spread.last! <= 100 else {
            throw SynthError(location: "twentyWeekLASpread",
                             message: "give five percentages in rising order: minimum, lower quartile, median, upper quartile, maximum")
        }
        let position = u * 4
        let i = min(3, Int(position))
        return (spread[i] + (spread[i + 1] - spread[i]) * (position - Double(i))) / 100
    }
}
