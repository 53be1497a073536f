/// A return's summary as the `summary` command reports it: this year's figures, last year's
/// when given, England and London for context, and the aggregate queries.
public struct SummaryReport: Sendable {
    /// This year.
    public let current: ReturnSummary
    /// Last year, when a previous return was given.
    public let previous: ReturnSummary?
    /// The links between last year's persons (old) and this year's (new).
    public let links: LinkResult?
    /// England's and London's published figures for the nearest publication.
    public let context: [ContextFigures]
    /// Every figure as a row of the summary's tables.
    public let rows: [FigureRow]
    /// The queries raised.
    public let queries: [SummaryQuery]
    /// True when URN placements were classed with a GIAS export.
    public let usedGIAS: Bool
    /// What the validator found in this year's return, when it was checked.
    public let validation: ValidationOverview?

    /// The default threshold for changes from last year: percent for counts, points for rates.
    public static let defaultThreshold = 20.0

    /// Summarises `sen2Return` for `period`, beside `previous` (for `previousPeriod`) when given.
    ///
    /// - Parameter validation: the validator's findings for `sen2Return`, reported beside the figures.
    public init(_ sen2Return: SEN2Return, period: SummaryPeriod, previous: SEN2Return? = nil, previousPeriod: SummaryPeriod? = nil,
                gias: GIASDirectory? = nil, thresholdPercent: Double = SummaryReport.defaultThreshold,
                validation: [Finding]? = nil) {
        let current = ReturnSummary(sen2Return, period: period, gias: gias)
        let last = previous.map { ReturnSummary($0, period: previousPeriod ?? period.previous, gias: gias) }
        let links = previous.map { PersonLinker(old: $0.persons, new: sen2Return.persons).link() }
        let context = NationalContext.figures(forCaseloadYear: period.referenceDate.year)
        let rows = SummaryRows.build(current: current.figures, previous: last?.figures, context: context)
        var queries: [SummaryQuery] = []
        if let last, let links {
            queries += ChangeQueries.beyondThreshold(rows: rows, current: current, previous: last, links: links,
                                                     thresholdPercent: thresholdPercent)
        }
        if let england = context.first(where: { $0.area == "England" }) {
            queries += NationalQueries.sharesOutside(current, england: england)
        }
        if let last, let links {
            queries += [ContinuityQueries.vanishedPlans(current: current, previous: last, links: links),
                        ContinuityQueries.changedIdentity(current: current, previous: last, links: links)].compactMap { $0 }
        }
        queries += [ContinuityQueries.sharedUPNs(current: current), ActivityQueries.plansExceedAssessments(current),
                    ActivityQueries.ceasedWithOpenPlacements(current)].compactMap { $0 }
        self.current = current
        self.previous = last
        self.links = links
        self.context = context
        self.rows = rows
        self.queries = queries
        usedGIAS = gias != nil
        self.validation = validation.map { ValidationOverview(findings: $0) }
    }

    /// The context figures for `area`.
    public func context(_ area: String) -> ContextFigures? { context.first { $0.area == area } }
}
