import DutyDeskText
import Foundation

/// Why a 口径 cannot be approved, withdrawn or used.
public enum WordingRefusal: Error, Sendable, Equatable {
    /// The topic has an approved wording already. Refused rather than superseded: the old wording
    /// goes only by a withdrawal, whose reason the ledger then keeps beside it.
    case topicTaken(topic: String, leader: String, at: Date)
    /// No wording offered by that topic or id; `active` are the topics offered.
    case unknown(reference: String, active: [String])
    /// The wording named was withdrawn, and why.
    case withdrawn(topic: String, reason: String)
}

extension EventDrafter {
    /// 口径审定: a topic and its text, approved by a leader (as a sign-off is), at a real moment.
    /// One wording per topic is offered at a time (`WordingRefusal.topicTaken`).
    public func approveWording(topic: String, text: String, leader: String, at: Date?) throws(DraftRefusal) -> EventDraft {
        let topic = try required(topic, .topic)
        let text = try required(text, .text)
        let leader = try required(leader, .approvedBy)
        let when = at ?? now
        guard when <= now else { throw .inFuture(field: .at, value: when, now: now) }
        if let taken = state.activeWording(topic: topic) {
            throw .wording(.topicTaken(topic: topic, leader: taken.approval.leader, at: taken.approval.at))
        }
        return EventDraft(caseID: nil, body: .wordingApproved(WordingApproval(topic: topic, text: text, leader: leader, at: when)))
    }

    /// 口径撤回: the wording named by its topic (or its id) is no longer offered; why is required.
    public func withdrawWording(_ reference: String, reason: String) throws(DraftRefusal) -> EventDraft {
        let wording = try offeredWording(try required(reference, .wording))
        return EventDraft(caseID: nil, body: .wordingWithdrawn(WordingWithdrawal(wording: wording.id, reason: try required(reason, .reason))))
    }

    /// The wording a release is drafted from: offered now, by topic or id.
    func offeredWording(_ reference: String) throws(DraftRefusal) -> Wording {
        let reference = reference.trimmingSpacesAndLines()
        if let offered = state.activeWording(topic: reference) ?? state.wording(id: reference).flatMap({ $0.isActive ? $0 : nil }) {
            return offered
        }
        if let gone = state.wordings.last(where: { $0.approval.topic == reference || $0.id == reference }),
           let (withdrawal, _) = gone.withdrawal {
            throw .wording(.withdrawn(topic: gone.approval.topic, reason: withdrawal.reason))
        }
        throw .wording(.unknown(reference: reference, active: state.activeWordings.map(\.approval.topic)))
    }
}
