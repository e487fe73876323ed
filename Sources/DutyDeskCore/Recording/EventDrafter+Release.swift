import DutyDeskText
import Foundation

/// Why a step of a release's way out is refused (起草 → 会签 → 审定 → 发布).
public enum ReleaseRefusal: Error, Sendable, Equatable {
    /// The case has no draft by that id or number (nil: no pending draft at all).
    case noDraft(code: String, draft: String?)
    /// The draft was published or sent back already.
    case notPending(code: String, draft: Int)
    /// Only a co-operating unit of the case confirms (会签); empty `cooperating`: the case has none.
    case notCooperating(unit: String, code: String, cooperating: [String])
    /// A sign-off before every co-operating unit agreed.
    case confirmationsMissing(code: String, draft: Int, waiting: [String])
    case alreadySignedOff(code: String, draft: Int)
    /// Publication of a draft no leader has signed off.
    case notSignedOff(code: String, draft: Int)
    /// A step dated before the step it follows (the draft written, the sign-off given).
    case beforeStep(value: Date, step: Date)
    /// A direct release while a draft is on its way, with no reason why it could not wait.
    case draftPending(code: String, draft: Int)
}

extension EventDrafter {
    /// 起草: the draft's text is required; its method, channel and spokesperson go out with it. A
    /// draft written from a 口径 (named by topic or id) must name one offered now; with no text of
    /// its own it takes the wording's, and it records the wording's id, so a later approval on the
    /// topic is seen to be another wording.
    public func draftRelease(_ code: String, _ draft: ReleaseDraft) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        var wording: Wording?
        if let use = draft.wording { wording = try offeredWording(use.id.isEmpty ? use.topic : use.id) }
        let typed = draft.text.trimmingSpacesAndLines()
        return EventDraft(caseID: subject.id, body: .releaseDrafted(ReleaseDraft(
            method: draft.method, text: try required(typed.isEmpty ? wording?.approval.text ?? "" : typed, .text),
            channel: draft.channel.trimmingSpaces(),
            spokesperson: draft.spokesperson.trimmingSpaces(),
            signOffBy: draft.signOffBy.trimmingSpaces(),
            expert: try expert(draft.expert, for: draft.method),
            wording: wording.map { WordingUse(id: $0.id, topic: $0.approval.topic) })))
    }

    /// 会签: a co-operating unit of the case confirms a pending draft, or objects with text. A later
    /// word of the same unit replaces its earlier one (an objection talked through becomes a confirmation).
    public func confirmRelease(_ code: String, draft reference: String?, unit: String, objection: String, at: Date?)
        throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let draft = try pendingDraft(reference, of: subject)
        let unit = try required(unit, .unit)
        guard subject.cooperatingUnits.contains(unit) else {
            throw .release(.notCooperating(unit: unit, code: subject.code, cooperating: subject.cooperatingUnits))
        }
        if case .awaitingPublication = subject.stage(of: draft) {
            throw .release(.alreadySignedOff(code: subject.code, draft: draft.number))
        }
        let when = try after(draft.draftedAt, try milestone(at ?? now, field: .at, of: subject))
        return EventDraft(caseID: subject.id, body: .releaseConfirmed(ReleaseConfirmation(
            draft: draft.id, unit: unit, objection: objection.trimmingSpacesAndLines(), at: when)))
    }

    /// 审定: a leader signs off a draft every co-operating unit agreed to, or sends it back with a
    /// reason at any step before sign-off.
    public func signOffRelease(_ code: String, draft reference: String?, leader: String, sentBackReason: String, at: Date?)
        throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let draft = try pendingDraft(reference, of: subject)
        let leader = try required(leader, .leader)
        let reason = sentBackReason.trimmingSpacesAndLines()
        switch subject.stage(of: draft) {
        case .awaitingPublication: throw .release(.alreadySignedOff(code: subject.code, draft: draft.number))
        case .awaitingConfirmation(_, _, _, let waiting, _) where reason.isEmpty:
            throw .release(.confirmationsMissing(code: subject.code, draft: draft.number, waiting: waiting))
        default: break
        }
        let when = try after(draft.draftedAt, try milestone(at ?? now, field: .at, of: subject))
        return EventDraft(caseID: subject.id, body: .releaseSignedOff(ReleaseSignOff(
            draft: draft.id, leader: leader, sentBackReason: reason, at: when)))
    }

    /// 发布: a signed-off draft goes out as the case's next release; `at` is when it happened, not
    /// before the sign-off. The release is an ordinary `response.published` naming its draft, so the
    /// clocks count its publication exactly as they count a direct one.
    public func publishDraft(_ code: String, draft reference: String?, at: Date?) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let draft = try pendingDraft(reference, of: subject)
        guard case .awaitingPublication(let signedOffAt) = subject.stage(of: draft) else {
            throw .release(.notSignedOff(code: subject.code, draft: draft.number))
        }
        let when = try after(signedOffAt, try milestone(at ?? now, field: .at, of: subject))
        let text = draft.draft
        return EventDraft(caseID: subject.id, body: .responsePublished(PublicResponse(
            method: text.method, text: text.text, at: when, channel: text.channel, spokesperson: text.spokesperson,
            draft: draft.id, expert: text.expert)))
    }

    private func pendingDraft(_ reference: String?, of subject: Case) throws(DraftRefusal) -> DraftedRelease {
        guard let draft = subject.findDraft(reference) else {
            let typed = reference?.trimmingSpaces() ?? ""
            throw .release(.noDraft(code: subject.code, draft: typed.isEmpty ? nil : typed))
        }
        guard subject.stage(of: draft).isPending else { throw .release(.notPending(code: subject.code, draft: draft.number)) }
        return draft
    }

    private func after(_ step: Date, _ when: Date) throws(DraftRefusal) -> Date {
        guard when >= step else { throw .release(.beforeStep(value: when, step: step)) }
        return when
    }
}
