import Foundation

/// 起草: a release written for agreement (会签) and sign-off (审定) before it goes out. The
/// `release.drafted` event's id is the draft's id; the later steps and the publication name it.
public struct ReleaseDraft: Sendable, Equatable {
    public let method: ResponseMethod
    public let text: String
    /// Where it is to be released (an account, a site, a programme) and who is to speak.
    public let channel: String
    public let spokesperson: String
    /// The leader expected to sign it off (审定), so the queue can say whom it waits for; may be empty.
    public let signOffBy: String
    /// 专家解读: the expert who is to interpret; required for that method, empty for the others.
    public let expert: String
    /// The 口径 it was written from, if any.
    public let wording: WordingUse?

    public init(method: ResponseMethod, text: String, channel: String = "", spokesperson: String = "", signOffBy: String = "",
                expert: String = "", wording: WordingUse? = nil) {
        self.method = method
        self.text = text
        self.channel = channel
        self.spokesperson = spokesperson
        self.signOffBy = signOffBy
        self.expert = expert
        self.wording = wording
    }
}

/// 会签: a co-operating unit agrees to a draft, or objects to it with what it objects to.
public struct ReleaseConfirmation: Sendable, Equatable {
    public let draft: String
    public let unit: String
    /// Empty when the unit confirms.
    public let objection: String
    public let at: Date

    public init(draft: String, unit: String, objection: String = "", at: Date) {
        self.draft = draft
        self.unit = unit
        self.objection = objection
        self.at = at
    }

    public var confirms: Bool { objection.isEmpty }
}

/// 审定: a leader signs a draft off, or sends it back with a reason; `at` is when it happened.
public struct ReleaseSignOff: Sendable, Equatable {
    public let draft: String
    public let leader: String
    /// Empty when the leader signs it off.
    public let sentBackReason: String
    public let at: Date

    public init(draft: String, leader: String, sentBackReason: String = "", at: Date) {
        self.draft = draft
        self.leader = leader
        self.sentBackReason = sentBackReason
        self.at = at
    }

    public var approves: Bool { sentBackReason.isEmpty }
}
