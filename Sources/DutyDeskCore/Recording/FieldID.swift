/// A field the operator fills in on a console form. Typed, so that a form is built, read and
/// marked by the same names the drafter's refusals use (`RecordingField.formField`): a form field
/// without one does not compile, and a refusal is put beside its field by type, never by a string
/// that might be misspelt. The raw value is the key an intake draft is saved under.
public enum FieldID: String, CaseIterable, Sendable {
    // A case's report (登记).
    case title, locality, channel, caller, phone, detail, discovered, level, grade, unit, assessment
    // Its judgement (研判).
    case verification, warningClass, priority, riskLevel, responseValue, nature, intensity, reaction, media, scope, consequences,
        category, principalLeader
    // What happens on it, and who says so.
    case at, due, text, note, reason, outcome, leader, recipient, person, spokesperson, venue, channels, cases, report,
        item, target, role, method
    /// A correction: the report field it corrects, and the value it sets.
    case field, value
    // Meetings, decisions, assessments, releases and handovers.
    case attendees, decisions, actions, measure, trigger, decidedBy, planned, methods, risks, plan,
        reviewedBy, draft, verdict, decision, signOffBy, incoming
    // Who else attended a conference; a 专家解读's expert; a transfer by the joint meeting.
    case others, expert, meeting
    // A unit's offline step (what, where, with what result), and why a case closes before its units answered.
    case action, place, result, unitsPendingReason
    // The response plan's item a tick names.
    case checklistItem
    // The 口径 a release draft is written from (or the console withdraws), and the topic one is approved under.
    case wording, topic
    // The five things a transferred case's analysis names (`AnalysisField`).
    case source, postedAt, spread, comments, views
}

extension AnalysisField {
    /// The form field that takes this part of the analysis.
    public var field: FieldID {
        switch self {
        case .source: .source
        case .postedAt: .postedAt
        case .spread: .spread
        case .comments: .comments
        case .views: .views
        }
    }
}
