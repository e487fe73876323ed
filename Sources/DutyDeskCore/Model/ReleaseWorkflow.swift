import DutyDeskText
import Foundation

/// A drafted release as the case knows it: who drafted it when, each co-operating unit's latest
/// word, the leader's sign-off or sending back, and the publication that used it.
public struct DraftedRelease: Sendable, Equatable {
    /// The `release.drafted` event's id.
    public let id: String
    /// 1, 2 … in the order the case's drafts were written: what a person types for `--draft`.
    public let number: Int
    public let draft: ReleaseDraft
    public let draftedAt: Date
    public let draftedBy: String
    /// The latest word of each unit that has spoken, in the order they first spoke.
    public internal(set) var confirmations: [ReleaseConfirmation] = []
    public internal(set) var signOff: ReleaseSignOff?
    /// When the release that used it happened, and that event's id.
    public internal(set) var publishedAt: Date?
    public internal(set) var publishedBy: String?

    /// Where the draft stands, given the units co-operating on the case now.
    public func stage(cooperating units: [String]) -> ReleaseStage {
        if let publishedAt { return .published(at: publishedAt) }
        if let signOff { return signOff.approves ? .awaitingPublication(since: signOff.at) : .sentBack(signOff) }
        let confirmed = units.filter { unit in confirmations.contains { $0.unit == unit && $0.confirms } }
        if confirmed.count < units.count {
            let objections = confirmations.filter { !$0.confirms && units.contains($0.unit) }
            return .awaitingConfirmation(confirmed: confirmed.count, of: units.count, objections: objections,
                                         waiting: units.filter { !confirmed.contains($0) }, since: draftedAt)
        }
        let lastConfirmation = confirmations.filter { units.contains($0.unit) }.map(\.at).max()
        return .awaitingSignOff(since: max(draftedAt, lastConfirmation ?? draftedAt))
    }

    mutating func take(_ confirmation: ReleaseConfirmation) {
        if let index = confirmations.firstIndex(where: { $0.unit == confirmation.unit }) {
            confirmations[index] = confirmation
        } else {
            confirmations.append(confirmation)
        }
    }
}

/// Where a drafted release waits, and since when.
public enum ReleaseStage: Sendable, Equatable {
    /// 待会签: `confirmed` of `of` co-operating units agree; `waiting` have not (some may object).
    case awaitingConfirmation(confirmed: Int, of: Int, objections: [ReleaseConfirmation], waiting: [String], since: Date)
    /// 待审定: every co-operating unit agrees; the leader has not signed it off.
    case awaitingSignOff(since: Date)
    /// 待发布: signed off, not yet out.
    case awaitingPublication(since: Date)
    case sentBack(ReleaseSignOff)
    case published(at: Date)

    /// Still on its way out: neither published nor sent back.
    public var isPending: Bool {
        switch self {
        case .awaitingConfirmation, .awaitingSignOff, .awaitingPublication: true
        case .sentBack, .published: false
        }
    }

    /// Since when it has waited at its present step.
    public var since: Date? {
        switch self {
        case .awaitingConfirmation(_, _, _, _, let since), .awaitingSignOff(let since), .awaitingPublication(let since): since
        case .sentBack, .published: nil
        }
    }
}

extension Case {
    /// The units co-operating on the case now (配合单位): each must agree to a draft before sign-off.
    public var cooperatingUnits: [String] { units.filter { $0.role == .cooperating }.map(\.unit) }

    public func stage(of draft: DraftedRelease) -> ReleaseStage { draft.stage(cooperating: cooperatingUnits) }

    /// The drafts still on their way out, oldest first.
    public var pendingDrafts: [DraftedRelease] { drafts.filter { stage(of: $0).isPending } }

    /// A draft by its id or its number on the case (`1`, `2` …); nil picks the oldest pending one.
    public func findDraft(_ reference: String?) -> DraftedRelease? {
        guard let reference = reference?.trimmingSpaces(), !reference.isEmpty else {
            return pendingDrafts.first
        }
        return drafts.first { $0.id == reference || String($0.number) == reference }
    }
}
