import Foundation

/// 会商联席会议转办 (002): the unit a case is transferred to analyses 出处、发布时间、传播路径、跟帖情况、
/// 网民观点, acts and answers, and the 政务公开办 is copied. The analysis is the unit's own event, and its
/// feedback waits for it.
public struct TransferAnalysis: Sendable, Equatable {
    public let unit: String
    /// 出处: where the post first appeared.
    public let source: String
    /// 发布时间: when it was posted, as the unit found it (text: often only a day or "凌晨").
    public let postedAt: String
    /// 传播路径: how it spread.
    public let spread: String
    /// 跟帖情况: the comments under it.
    public let comments: String
    /// 网民观点: what netizens think.
    public let views: String

    public init(unit: String, source: String, postedAt: String, spread: String, comments: String, views: String) {
        self.unit = unit
        self.source = source
        self.postedAt = postedAt
        self.spread = spread
        self.comments = comments
        self.views = views
    }

    public func value(of field: AnalysisField) -> String {
        switch field {
        case .source: source
        case .postedAt: postedAt
        case .spread: spread
        case .comments: comments
        case .views: views
        }
    }
}

/// The five things a unit analyses on a case the joint meeting transferred to it (002), in its order.
public enum AnalysisField: String, Vocabulary {
    case source
    case postedAt = "posted-at"
    case spread
    case comments
    case views

    public var chineseName: String {
        switch self {
        case .source: "出处"
        case .postedAt: "发布时间"
        case .spread: "传播路径"
        case .comments: "跟帖情况"
        case .views: "网民观点"
        }
    }

    public var englishName: String {
        switch self {
        case .source: "Source"
        case .postedAt: "Posted at"
        case .spread: "Spread"
        case .comments: "Comments"
        case .views: "Netizens' views"
        }
    }
}

/// A transfer the joint meeting made: to whom, why, and the 政务公开办 it was copied to.
public struct MeetingTransfer: Sendable, Equatable {
    public let eventID: String
    public let unit: String
    public let reason: String
    public let copiedTo: String
    public let at: Date
}
