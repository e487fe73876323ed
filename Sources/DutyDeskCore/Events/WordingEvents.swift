import Foundation

/// 口径 (002: 研判标准、依据、口径): talking points a leader approved for a topic, so releases on it
/// say the same thing. The `wording.approved` event's id is the wording's id; a release drafted
/// from it names that id, so a wording approved again later (a new event) is told apart.
public struct WordingApproval: Sendable, Equatable {
    public let topic: String
    public let text: String
    /// The leader who approved it (as a sign-off names its leader).
    public let leader: String
    /// When the leader approved it.
    public let at: Date

    public init(topic: String, text: String, leader: String, at: Date) {
        self.topic = topic
        self.text = text
        self.leader = leader
        self.at = at
    }
}

/// A wording no longer offered, and why; it stays in the ledger and in the releases that used it.
public struct WordingWithdrawal: Sendable, Equatable {
    /// The `wording.approved` event's id.
    public let wording: String
    public let reason: String

    public init(wording: String, reason: String) {
        self.wording = wording
        self.reason = reason
    }
}

/// The wording a release draft was written from: its approval's event id and its topic (the
/// topic so the line reads on its own, the id so a later approval on the topic is another wording).
public struct WordingUse: Sendable, Equatable {
    public let id: String
    public let topic: String

    public init(id: String, topic: String) {
        self.id = id
        self.topic = topic
    }
}

/// A wording as the desk keeps it: its approval as recorded, and its withdrawal if any.
public struct Wording: Sendable, Equatable {
    public struct Recorded: Sendable, Equatable {
        public let id: String
        public let seq: Int
        public let recordedAt: Date
        public let operatorName: String
    }

    public let approval: WordingApproval
    public let recorded: Recorded
    public internal(set) var withdrawal: (WordingWithdrawal, Recorded)?

    public var id: String { recorded.id }
    public var isActive: Bool { withdrawal == nil }

    public static func == (lhs: Wording, rhs: Wording) -> Bool {
        lhs.approval == rhs.approval && lhs.recorded == rhs.recorded
            && lhs.withdrawal?.0 == rhs.withdrawal?.0 && lhs.withdrawal?.1 == rhs.withdrawal?.1
    }
}
