/// Where a person stands in the return: what their life course has reached by the census day.
///
/// Every person in a return is there for one of these reasons; the generator decides it
/// first (in the proportions ``SituationModel`` derives from the national flows) and then
/// simulates a life course that ends there.
public enum Situation: String, CaseIterable, Sendable, Hashable {
    /// An EHC plan in force on the census day.
    case caseload
    /// A plan that ceased during the activity year.
    case ceased
    /// A request received in the year that the LA refused to assess.
    case refused
    /// A request received in the year still awaiting the decision whether to assess.
    case awaitingDecision
    /// A request withdrawn before the decision whether to assess.
    case requestWithdrawn
    /// An assessment under way on the census day.
    case beingAssessed
    /// An assessment that ended in a decision not to issue a plan.
    case notIssued
    /// An assessment withdrawn before the decision whether to issue.
    case assessmentWithdrawn
    /// A person who moved to another LA before the assessment was completed.
    case exported
}
