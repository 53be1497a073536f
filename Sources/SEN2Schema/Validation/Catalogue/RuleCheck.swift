/// The check of one rule, at the level of the return it looks at. Each check receives the
/// record at its level (with the records above it that it needs) and reports what it finds
/// through the ``RuleRun``, which knows the year, the reference date and where the record is.
enum RuleCheck: Sendable {
    /// The return's header.
    case header(@Sendable (Header, inout RuleRun) -> Void)
    /// A person (module 1); their requests are on the record.
    case person(@Sendable (Person, inout RuleRun) -> Void)
    /// A request (module 2); the person is ``RuleRun/person``.
    case request(@Sendable (Request, inout RuleRun) -> Void)
    /// An assessment (module 3) and the request it follows.
    case assessment(@Sendable (Assessment, Request, inout RuleRun) -> Void)
    /// A named plan (module 4), its assessment and request.
    case namedPlan(@Sendable (NamedPlan, Assessment, Request, inout RuleRun) -> Void)
    /// A setting record: a plan's `PlanDetail` or a `PlacementDetail`.
    case setting(@Sendable (SettingView, inout RuleRun) -> Void)
    /// An active plans record (module 5) and its request.
    case activePlans(@Sendable (ActivePlans, Request, inout RuleRun) -> Void)
    /// One placement and its active plans record.
    case placement(@Sendable (PlacementDetail, ActivePlans, inout RuleRun) -> Void)
    /// A check every item of a record gets (present when required, readable, in the year's
    /// code list, not after the reference date), run by ``ItemChecks``.
    case item(Item, ItemCheck)
    /// A check across persons (duplicates), run by ``DuplicateTracker``.
    case acrossPersons(DuplicateCheck)
    /// A problem found while linking the workbook's tables, reported by the reader.
    case linking
}
