import Foundation

/// One step of a case's workflow as a value, so a console form, a script and a test can all
/// ask for it the same way and `EventDrafter` checks it the same way.
public enum CaseAction: Sendable, Equatable {
    case triage(Triage)
    case regrade(Grade, at: Date?)
    case assign(unit: String, role: UnitRole)
    case respond(method: ResponseMethod, text: String, at: Date?, channel: String = "", spokesperson: String = "",
                 urgentReason: String = "", expert: String = "")
    case pressConference(at: Date?, speaker: String, venue: String, attendees: [ConferenceAttendee])
    case note(String)
    case close(reason: CloseReason, at: Date?, unitsPendingReason: String = "")
    case acknowledge(unit: String)
    case transfer(unit: String, reason: String)
    case refer(target: ReferralTarget, note: String)
    case referralOutcome(String)
    case reopen(reason: String)
    case correct(field: CorrectableField, value: String, reason: String)
    case instruct(leader: String, text: String, dueAt: Date)
    case meeting(JointMeeting)
    case reportBack(item: String?, text: String)
    case completeItem(item: String?)
    case feedback(unit: String, text: String, at: Date?)
    case reportUp(UpwardReport)
    case tolerate(person: String, reason: String)
    case draftRelease(ReleaseDraft)
    /// `draft` is an id or a number on the case; nil means its oldest pending draft.
    case confirmRelease(draft: String?, unit: String, objection: String, at: Date?)
    case signOffRelease(draft: String?, leader: String, sentBackReason: String, at: Date?)
    case publishDraft(draft: String?, at: Date?)
    case offlineStep(unit: String, action: String, place: String, result: String, at: Date?)
    /// 会商转办, copied to `office` (the settings' 政务公开办).
    case meetingTransfer(unit: String, reason: String, office: String)
    case analyseTransfer(TransferAnalysis)
    /// `item`: its text or its number on the checklist.
    case tickChecklist(item: String, at: Date?)
}

extension EventDrafter {
    public func perform(_ action: CaseAction, on code: String) throws(DraftRefusal) -> EventDraft {
        switch action {
        case .triage(let triage): try self.triage(code, triage)
        case .regrade(let grade, let at): try regrade(code, to: grade, at: at)
        case .assign(let unit, let role): try assign(code, unit: unit, role: role)
        case .respond(let method, let text, let at, let channel, let spokesperson, let urgentReason, let expert):
            try respond(code, method: method, text: text, at: at, channel: channel, spokesperson: spokesperson,
                        urgentReason: urgentReason, expert: expert)
        case .pressConference(let at, let speaker, let venue, let attendees):
            try pressConference(code, at: at, speaker: speaker, venue: venue, attendees: attendees)
        case .note(let text): try note(code, text: text)
        case .close(let reason, let at, let why): try close(code, reason: reason, at: at, unitsPendingReason: why)
        case .acknowledge(let unit): try acknowledge(code, unit: unit)
        case .transfer(let unit, let reason): try transfer(code, to: unit, reason: reason)
        case .refer(let target, let note): try refer(code, to: target, note: note)
        case .referralOutcome(let outcome): try referralOutcome(code, outcome: outcome)
        case .reopen(let reason): try reopen(code, reason: reason)
        case .correct(let field, let value, let reason): try correct(code, field: field, to: value, reason: reason)
        case .instruct(let leader, let text, let dueAt): try instruct(code, leader: leader, text: text, dueAt: dueAt)
        case .meeting(let meeting): try holdMeeting(code, meeting)
        case .reportBack(let item, let text): try reportBack(code, item: item, text: text)
        case .completeItem(let item): try completeItem(code, item: item)
        case .feedback(let unit, let text, let at): try feedback(code, unit: unit, text: text, at: at)
        case .reportUp(let report): try reportUp(code, report)
        case .tolerate(let person, let reason): try tolerate(code, person: person, reason: reason)
        case .draftRelease(let draft): try draftRelease(code, draft)
        case .confirmRelease(let draft, let unit, let objection, let at):
            try confirmRelease(code, draft: draft, unit: unit, objection: objection, at: at)
        case .signOffRelease(let draft, let leader, let reason, let at):
            try signOffRelease(code, draft: draft, leader: leader, sentBackReason: reason, at: at)
        case .publishDraft(let draft, let at): try publishDraft(code, draft: draft, at: at)
        case .offlineStep(let unit, let action, let place, let result, let at):
            try offlineStep(code, unit: unit, action: action, place: place, result: result, at: at)
        case .meetingTransfer(let unit, let reason, let office): try meetingTransfer(code, to: unit, reason: reason, office: office)
        case .analyseTransfer(let analysis): try analyseTransfer(code, analysis)
        case .tickChecklist(let item, let at): try tickChecklist(code, item: item, at: at)
        }
    }
}
