/// What an item is, whatever the year: its module, element name, template heading, kind of
/// value, definition and other known headings. What changes between years (order, item
/// number, whether required) is in each year's declaration.
struct ItemInfo: Sendable {
    let item: Item
    let module: Module
    let element: String
    let heading: String
    let kind: ValueKind
    let definition: String
    let aliases: [String]
    let writtenByTool: Bool

    init(_ item: Item, _ module: Module, _ element: String, _ heading: String, _ kind: ValueKind,
         _ definition: String, aliases: [String] = [], writtenByTool: Bool = false) {
        self.item = item
        self.module = module
        self.element = element
        self.heading = heading
        self.kind = kind
        self.definition = definition
        self.aliases = aliases
        self.writtenByTool = writtenByTool
    }
}

/// The catalogue of every item.
enum ItemCatalog {
    static let info: [Item: ItemInfo] = Dictionary(uniqueKeysWithValues: entries.map { ($0.item, $0) })

    private static let setting = SEN2Decisions.senSettingElement
    private static let settingOther = SEN2Decisions.senSettingOtherElement

    static let entries: [ItemInfo] = [
        ItemInfo(.collection, .collectionDetails, "Collection", "Collection", .fixed("SEN2"),
                 "The collection's name, always SEN2.", aliases: ["Collection Name"], writtenByTool: true),
        ItemInfo(.year, .collectionDetails, "Year", "Year", .year,
                 "The collection year: the year of the January census day (2026 for the January 2026 return)."),
        ItemInfo(.referenceDate, .collectionDetails, "ReferenceDate", "Reference date", .date,
                 "The census day of the collection.", aliases: ["Reference Date"], writtenByTool: true),
        ItemInfo(.sourceLevel, .source, "SourceLevel", "Source level", .fixed("L"),
                 "Who sends the return: L, a local authority.", aliases: ["Source Level"], writtenByTool: true),
        ItemInfo(.lea, .source, "LEA", "LA number", .laCode,
                 "The 3-digit code of the local authority making the return.", aliases: ["LA Number", "LA"]),
        ItemInfo(.softwareCode, .source, "SoftwareCode", "Software code", .text,
                 "The software that wrote the file.", aliases: ["Software Code"], writtenByTool: true),
        ItemInfo(.release, .source, "Release", "Release", .text,
                 "The release of the software that wrote the file.", writtenByTool: true),
        ItemInfo(.serialNo, .source, "SerialNo", "Serial number", .serialNumber,
                 "A three-digit number that tells apart files sent for the same collection (001 for the first).",
                 aliases: ["Serial Number"]),
        ItemInfo(.dateTime, .source, "DateTime", "Date and time", .dateTime,
                 "When the file was written.", aliases: ["Date & Time (ccyy-mm-ddThh:mm:ss)"], writtenByTool: true),
        ItemInfo(.dmo, .source, "DMO", "Designated Medical Officer", .code(.officerStatus),
                 "Whether a Designated Medical Officer is in post on census day (Y, N, or R for recruitment in progress)."),
        ItemInfo(.dco, .source, "DCO", "Designated Clinical Officer", .code(.officerStatus),
                 "Whether a Designated Clinical Officer is in post on census day (Y, N, or R for recruitment in progress)."),
        ItemInfo(.dsco, .source, "DSCO", "Designated Social Care Officer", .code(.officerStatus),
                 "Whether a Designated Social Care Officer is in post on census day (Y, N, or R for recruitment in progress)."),

        ItemInfo(.surname, .person, "Surname", "Surname", .text, "The person's legal surname."),
        ItemInfo(.forename, .person, "Forename", "Forename", .text, "The person's legal forename."),
        ItemInfo(.personBirthDate, .person, "PersonBirthDate", "Date of birth", .date,
                 "The person's date of birth.", aliases: ["Date of Birth (ccyy-mm-dd)", "DOB", "Birth date"]),
        ItemInfo(.sex, .person, "Sex", "Sex", .code(.sex), "The person's sex: M or F.", aliases: ["Gender"]),
        ItemInfo(.ethnicity, .person, "Ethnicity", "Ethnicity", .code(.ethnicity),
                 "The person's ethnicity: a main code or one of its extended codes, as the family or young person gave it."),
        ItemInfo(.postCode, .person, "PostCode", "Postcode", .postcode,
                 "The postcode of the person's home address.", aliases: ["Post Code"]),
        ItemInfo(.upn, .person, "UPN", "UPN", .upn,
                 "The Unique Pupil Number: 13 characters, beginning with a check letter.",
                 aliases: ["UPN - Unique Pupil Number", "Unique Pupil Number"]),
        ItemInfo(.uniqueLearnerNumber, .person, "UniqueLearnerNumber", "ULN", .uln,
                 "The Unique Learner Number: 10 digits, for young people in further education or training.",
                 aliases: ["ULN - Young Person's Unique Learner Number", "Unique Learner Number"]),
        ItemInfo(.upnUnknown, .person, "UPNunknown", "UPN and ULN unavailable reason", .code(.upnUnknown),
                 "Why neither a UPN nor a ULN can be given.",
                 aliases: ["UPN and ULN unavailable - Reason", "UPN unknown"]),

        ItemInfo(.receivedDate, .requests, "ReceivedDate", "Date request received", .date,
                 "The day the request for an EHC needs assessment was received: the start of the 20-week period.",
                 aliases: ["Date request was received"]),
        ItemInfo(.requestSource, .requests, "RequestSource", "Request source", .code(.requestSource),
                 "Who made the request for an EHC needs assessment.",
                 aliases: ["Source of request for an EHC needs assessment", "rquestsource"]),
        ItemInfo(.rya, .requests, "RYA", "Initial request while in youth custody", .code(.yesNo),
                 "Whether the request was first made while the person was in relevant youth accommodation (1 yes, 0 no).",
                 aliases: ["Initial Request Whilst In RYA"]),
        ItemInfo(.requestOutcomeDate, .requests, "RequestOutcomeDate", "Request outcome date", .date,
                 "The day the person or family was told whether the LA would assess.",
                 aliases: ["Request Outcome Date"]),
        ItemInfo(.requestOutcome, .requests, "RequestOutcome", "Request outcome", .code(.requestOutcome),
                 "The LA's decision on the request for assessment.", aliases: ["Request Outcome"]),
        ItemInfo(.requestMediation, .requests, "RequestMediation", "Request mediation", .code(.yesNo),
                 "Whether mediation about the decision to assess took place, whatever its result (1 yes, 0 no).",
                 aliases: ["Request Mediation"]),
        ItemInfo(.requestTribunal, .requests, "RequestTribunal", "Request tribunal", .code(.yesNo),
                 "Whether the decision about assessing was appealed to tribunal (1 yes, 0 no).",
                 aliases: ["Request Tribunal"]),
        ItemInfo(.exported, .requests, "Exported", "Moved to LA before assessment completed", .laCode,
                 "The code of the LA the person moved to before the assessment was completed; nothing more is then needed from this LA.",
                 aliases: ["Exported - Child or young person moves out of LA before assessment is completed", "Exported"]),

        ItemInfo(.assessmentOutcome, .assessment, "AssessmentOutcome", "Assessment outcome", .code(.assessmentOutcome),
                 "The decision whether to issue an EHC plan after the assessment.",
                 aliases: ["Assessment Outcome - Decision to issue EHC plan"]),
        ItemInfo(.assessmentOutcomeDate, .assessment, "AssessmentOutcomeDate", "Assessment outcome date", .date,
                 "The day the plan was issued (outcome Y), or the day the person was told no plan would be issued (outcome N).",
                 aliases: ["Assessment Outcome Date"]),
        ItemInfo(.assessmentMediation, .assessment, "AssessmentMediation", "Assessment mediation", .code(.yesNo),
                 "Whether mediation about the decision to issue a plan took place (1 yes, 0 no).",
                 aliases: ["Assessment Mediation"]),
        ItemInfo(.assessmentTribunal, .assessment, "AssessmentTribunal", "Assessment tribunal", .code(.yesNo),
                 "Whether a decision not to issue a plan was appealed to tribunal (1 yes, 0 no).",
                 aliases: ["Assessment Tribunal"]),
        ItemInfo(.otherMediation, .assessment, "OtherMediation", "Other mediation", .code(.yesNo),
                 "Whether mediation about another appealable decision took place (1 yes, 0 no).",
                 aliases: ["Other Mediation"]),
        ItemInfo(.otherTribunal, .assessment, "OtherTribunal", "Other tribunal", .code(.yesNo),
                 "Whether another appealable decision was appealed to tribunal (1 yes, 0 no).",
                 aliases: ["Other Tribunal"]),
        ItemInfo(.week20, .assessment, "Week20", "20-week exceptions apply", .code(.yesNo),
                 "Whether an exception to the 20-week time limit applies (1 yes, 0 no).",
                 aliases: ["Twenty week time limit exceptions apply"]),

        ItemInfo(.startDate, .namedPlan, "StartDate", "EHC plan start date", .date,
                 "The start date of the current EHC plan.", aliases: ["EHC Plan Start Date"]),
        ItemInfo(.planRes, .namedPlan, "PlanRes", "Residential setting", .code(.residential),
                 "Whether the plan names a residential setting, and for how many weeks a year; blank when not residential.",
                 aliases: ["Residential Settings"]),
        ItemInfo(.planWBP, .namedPlan, "PlanWBP", "Work-based learning", .code(.workBasedLearning),
                 "The work-based learning activity the plan names, if any.", aliases: ["Work Based Learning Activity"]),
        ItemInfo(.pb, .namedPlan, "PB", "Personal budget taken up", .code(.yesNo),
                 "Whether a personal budget was taken up (1 yes, 0 no).", aliases: ["Personal Budget taken up"]),
        ItemInfo(.oa, .namedPlan, "OA", "Personal budget: organised arrangements", .code(.yesNo),
                 "Whether organised arrangements are in place for the personal budget (1 yes, 0 no).",
                 aliases: ["Personal Budget - Organised Arrangements"]),
        ItemInfo(.dp, .namedPlan, "DP", "Personal budget: direct payments", .code(.directPayment),
                 "What the personal budget's direct payments cover.", aliases: ["Personal Budget - Direct Payments"]),
        ItemInfo(.ceaseDate, .namedPlan, "CeaseDate", "Date plan ceased", .date,
                 "The day the plan ended or was transferred to another LA (not the day of the decision to cease).",
                 aliases: ["Date EHC plan ceased"]),
        ItemInfo(.ceaseReason, .namedPlan, "CeaseReason", "Reason plan ceased", .code(.ceaseReason),
                 "Why the plan ceased.", aliases: ["Reason EHC plan ceased"]),

        ItemInfo(.planURN, .planDetail, "URN", "URN", .urn,
                 "The GIAS Unique Reference Number of the setting the plan names. Give only one of URN, UKPRN and SEN setting.",
                 aliases: ["URN - Unique Reference Number"]),
        ItemInfo(.planUKPRN, .planDetail, "UKPRN", "UKPRN", .ukprn,
                 "The UK Provider Reference Number of the setting the plan names, when it has no URN.",
                 aliases: ["UKPRN - UK Provider Reference Number"]),
        ItemInfo(.planSENSetting, .planDetail, setting, "SEN setting", .code(.namedPlanSetting),
                 "The type of setting the plan names, when it has neither URN nor UKPRN.",
                 aliases: ["SEN Setting – Establishment type"]),
        ItemInfo(.planSENSettingOther, .planDetail, settingOther, "SEN setting other", .text,
                 "More about an \"other\" setting.", aliases: ["SEN Setting - Other"]),
        ItemInfo(.planPlacementRank, .planDetail, "PlacementRank", "Placement rank", .code(.rank),
                 "1 for the primary setting, 2 for the secondary.", aliases: ["Placement Rank (1=Primary, 2=Secondary)"]),
        ItemInfo(.planSENUnitIndicator, .planDetail, "SENunitIndicator", "SEN unit", .code(.yesNo),
                 "Whether the setting is a SEN unit (1 yes, 0 no).", aliases: ["SEN Unit Indicator"]),
        ItemInfo(.planResourcedProvisionIndicator, .planDetail, "ResourcedProvisionIndicator", "Resourced provision", .code(.yesNo),
                 "Whether the setting is resourced provision (1 yes, 0 no).", aliases: ["Resourced Provision Indicator"]),

        ItemInfo(.transferLA, .activePlans, "TransferLA", "Transferred in from LA", .laCode,
                 "The code of the LA the plan was transferred in from during the calendar year.",
                 aliases: ["EHC Plan transferred in from another LA during calendar year"]),
        ItemInfo(.reviewMeeting, .activePlans, "ReviewMeeting", "Annual review meeting date", .date,
                 "The day of the latest annual review meeting.", aliases: ["Annual Review Meeting Date"]),
        ItemInfo(.reviewOutcome, .activePlans, "ReviewOutcome", "Annual review decision", .code(.reviewOutcome),
                 "The LA's decision after the annual review: maintain, cease or amend the plan.",
                 aliases: ["Annual Review Decision"]),
        ItemInfo(.reviewDraft, .activePlans, "ReviewDraft", "Draft amended plan issued", .date,
                 "The day a draft amended plan was issued after the annual review.",
                 aliases: ["Annual review – date draft amended EHC plan issued"]),
        ItemInfo(.phaseTransferDueDate, .activePlans, "PhaseTransferDueDate", "Phase transfer due date", .date,
                 "The statutory due date for any amended plan at a phase transfer.",
                 aliases: ["Phase transfer review - due date for any amended plan"]),
        ItemInfo(.phaseTransferFinalDate, .activePlans, "PhaseTransferFinalDate", "Phase transfer final plan date", .date,
                 "The day the final plan was issued at a phase transfer.",
                 aliases: ["Phase transfer review - final plan date"]),
        ItemInfo(.lastReview, .activePlans, "LastReview", "Annual review decision date", .date,
                 "The day the LA wrote with its decision after the latest annual review (not the meeting date).",
                 aliases: ["EHC Plan Review Decisions Date"]),

        ItemInfo(.placementURN, .placementDetail, "URN", "URN", .urn,
                 "The GIAS Unique Reference Number of the placement. Give only one of URN, UKPRN and SEN setting.",
                 aliases: ["URN - Unique Reference Number"]),
        ItemInfo(.placementUKPRN, .placementDetail, "UKPRN", "UKPRN", .ukprn,
                 "The UK Provider Reference Number of the placement, when it has no URN.",
                 aliases: ["UKPRN - UK Provider Reference Number"]),
        ItemInfo(.placementSENSetting, .placementDetail, setting, "SEN setting", .code(.placementSetting),
                 "The type of placement, when it has neither URN nor UKPRN.",
                 aliases: ["SEN Setting – Establishment type"]),
        ItemInfo(.placementSENSettingOther, .placementDetail, settingOther, "SEN setting other", .text,
                 "More about an \"other\" placement, e.g. permanently excluded.", aliases: ["SEN Setting - Other"]),
        ItemInfo(.placementRank, .placementDetail, "PlacementRank", "Placement rank", .code(.rank),
                 "1 for the primary placement, 2 for the secondary.", aliases: ["Placement Rank (1=Primary, 2=Secondary)"]),
        ItemInfo(.entryDate, .placementDetail, "EntryDate", "Placement start date", .date,
                 "The day the placement started.", aliases: ["Placement Start Date"]),
        ItemInfo(.leavingDate, .placementDetail, "LeavingDate", "Placement leaving date", .date,
                 "The day the placement ended; blank while it continues.", aliases: ["Placement Leaving Date"]),
        ItemInfo(.senUnitIndicator, .placementDetail, "SENunitIndicator", "SEN unit", .code(.yesNo),
                 "Whether the placement is in a SEN unit (1 yes, 0 no).", aliases: ["SEN Unit Indicator"]),
        ItemInfo(.resourcedProvisionIndicator, .placementDetail, "ResourcedProvisionIndicator", "Resourced provision", .code(.yesNo),
                 "Whether the placement is in resourced provision (1 yes, 0 no).", aliases: ["Resourced Provision Indicator"]),
        ItemInfo(.res, .placementDetail, "Res", "Residential setting", .code(.residential),
                 "Whether the placement is residential, and for how many weeks a year; blank when not residential.",
                 aliases: ["Residential Settings"]),
        ItemInfo(.wbp, .placementDetail, "WBP", "Work-based learning", .code(.workBasedLearning),
                 "The work-based learning activity of the placement, if any.", aliases: ["Work Based Learning Activity"]),

        ItemInfo(.senType, .senNeed, "SENtype", "SEN type of need", .code(.senType),
                 "A type of special educational need; at most two per plan.", aliases: ["SEN Type of Need"]),
        ItemInfo(.senTypeRank, .senNeed, "SENtypeRank", "Need rank", .code(.rank),
                 "1 for the primary (or only) need, 2 for the secondary.",
                 aliases: ["SEN Type of Need rank (1=Primary, 2=Secondary)"]),
    ]
}
