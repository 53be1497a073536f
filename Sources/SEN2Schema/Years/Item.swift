/// One data item of the return, in one module. Items that share an element name in two
/// modules (a plan's and a placement's URN) are separate items, because their rules differ.
public enum Item: String, CaseIterable, Sendable, Hashable {
    // Header: CollectionDetails.
    case collection, year, referenceDate
    // Header: Source.
    case sourceLevel, lea, softwareCode, release, serialNo, dateTime, dmo, dco, dsco
    // Module 1: Person.
    case surname, forename, personBirthDate, sex, ethnicity, postCode, upn, uniqueLearnerNumber, upnUnknown
    // Module 2: Requests.
    case receivedDate, requestSource, rya, requestOutcomeDate, requestOutcome, requestMediation, requestTribunal, exported
    // Module 3: Assessment.
    case assessmentOutcome, assessmentOutcomeDate, assessmentMediation, assessmentTribunal, otherMediation, otherTribunal, week20
    // Module 4: NamedPlan.
    case startDate, planRes, planWBP, pb, oa, dp, ceaseDate, ceaseReason
    // Module 4: PlanDetail.
    case planURN, planUKPRN, planSENSetting, planSENSettingOther, planPlacementRank, planSENUnitIndicator, planResourcedProvisionIndicator
    // Module 5: ActivePlans.
    case transferLA, reviewMeeting, reviewOutcome, reviewDraft, phaseTransferDueDate, phaseTransferFinalDate, lastReview
    // Module 5: PlacementDetail.
    case placementURN, placementUKPRN, placementSENSetting, placementSENSettingOther, placementRank
    case entryDate, leavingDate, senUnitIndicator, resourcedProvisionIndicator, res, wbp
    // Module 5: SENneed.
    case senType, senTypeRank

    /// The module the item belongs to.
    public var module: Module { info.module }
    /// The XML element name.
    public var element: String { info.element }
    /// The column heading in the template.
    public var heading: String { info.heading }
    /// What kind of value the item holds.
    public var kind: ValueKind { info.kind }
    /// A short definition, in plain words, for the template's notes.
    public var definition: String { info.definition }
    /// Other headings the item is known by: the DfE Excel template's, and the COLLECT Blade
    /// export's lower-case element name.
    public var aliases: [String] { info.aliases + [element.lowercased()] }
    /// True for header items the tool writes itself on export (collection, dates, software).
    public var isWrittenByTool: Bool { info.writtenByTool }

    var info: ItemInfo { ItemCatalog.info[self]! }
}
