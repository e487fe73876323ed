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
}
