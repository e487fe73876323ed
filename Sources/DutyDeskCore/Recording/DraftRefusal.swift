import Foundation

/// Why the desk refuses to record something. Nothing is appended when one of these is thrown.
public enum DraftRefusal: Error, Equatable, Sendable {
    case unknownCase(code: String)
    case emptyField(name: RecordingField)
    case inFuture(field: RecordingField, value: Date, now: Date)
    case beforeDiscovery(field: RecordingField, value: Date, discoveredAt: Date)
    case caseClosed(code: String)
    case notClosed(code: String)
    case noOpenReferral(code: String)
    case invalidValue(field: RecordingField, value: String)
    case notAhead(field: RecordingField, value: Date, now: Date)
    case noOpenItem(code: String)
    /// Only a unit with a role on the case acknowledges, receives a transfer or gives feedback.
    case unitWithoutRole(unit: String, code: String, unitsWithRole: [String])
    /// A discovery time set later than the moment the case was first recorded.
    case discoveryAfterRecording(value: Date, recordedAt: Date)
    /// A discovery time set after something that happened on the case.
    case discoveryAfterMilestone(value: Date, milestone: Date)
    /// A judgement that names no factor.
    case nothingJudged(code: String)
    /// An intake whose reference opened a case already.
    case alreadyRecorded(ref: String, code: String)
    /// 容错 is for those who spoke for the government on the case (出面回应的政府工作人员).
    case notASpokesperson(person: String, code: String, speakers: [String])
    /// A case opened from a 舆情风险评估 that is not on this desk.
    case unknownAssessment(code: String)
    /// A value longer than the desk keeps for its field (`EventDrafter.titleLimit`).
    case tooLong(field: RecordingField, length: Int, limit: Int)
    /// A step of a release's drafting, agreement, sign-off or publication out of its order.
    case release(ReleaseRefusal)
    /// 办结 while units given the case have recorded neither feedback nor an offline step, with no reason.
    case unitsWithoutAnswer(code: String, units: [String])
    /// Feedback from a unit the joint meeting transferred the case to, before its analysis (002).
    case analysisMissing(code: String, unit: String)
    /// An analysis from a unit the joint meeting did not transfer the case to; `units` are those it did.
    case notTransferredTo(code: String, unit: String, units: [String])
    /// A tick of an item the case's checklist does not have; `unticked` are those still to do.
    case unknownChecklistItem(code: String, item: String, unticked: [String])
    /// A tick of an item already ticked, by whom and when.
    case alreadyTicked(code: String, item: String, by: String, at: Date)
    /// A 口径 approved on a topic taken, or named and not offered.
    case wording(WordingRefusal)
}

/// A field a refusal names. Typed, so a message says it in the UI's language (`Strings.fieldName`)
/// and a raw English id can never reach a Chinese message; the console puts the message beside
/// `formField` (`Form.fieldID(for:)`).
public enum RecordingField: Sendable, Equatable {
    case title, locality, discoveredAt, unit, text, at, due, leader, decisions, reason, outcome, incoming, recipient,
        person, decidedBy, reviewedBy, channels
    /// Who attended a press conference; the expert of a 专家解读.
    case attendees, expert
    /// What a unit did on the ground; why a case closes before its units answered.
    case offlineAction, unitsPendingReason
    /// The checklist item ticked.
    case checklistItem
    /// A 口径's topic, and the leader who approves it.
    case topic, approvedBy
    /// The 口径 a withdrawal names, by its topic or id: on a form it is picked from a list, not
    /// typed in the topic's field, so its refusals go beside that list.
    case wording
    /// One of the five things a transferred case's analysis names.
    case analysis(AnalysisField)
    /// The moment a review of the past (`--as-of`) asks for.
    case asOf
    /// The value typed to correct this report field.
    case corrected(CorrectableField)

    /// The form field that takes it; nil only for what the command line alone asks (`--as-of`).
    /// A switch, not a table: a new field without its form field is a build error.
    public var formField: FieldID? {
        switch self {
        case .title: .title
        case .locality: .locality
        case .discoveredAt: .discovered
        case .unit: .unit
        case .text: .text
        case .at: .at
        case .due: .due
        case .leader: .leader
        case .decisions: .decisions
        case .reason: .reason
        case .outcome: .outcome
        case .incoming: .incoming
        case .recipient: .recipient
        case .person: .person
        case .decidedBy: .decidedBy
        case .reviewedBy: .reviewedBy
        case .channels: .channels
        case .attendees: .attendees
        case .expert: .expert
        case .offlineAction: .action
        case .unitsPendingReason: .unitsPendingReason
        case .checklistItem: .checklistItem
        case .topic: .topic
        case .wording: .wording
        case .approvedBy: .leader
        case .analysis(let part): part.field
        case .asOf: nil
        // A correction's value is typed in one field, whichever report field it corrects.
        case .corrected: .value
        }
    }
}
