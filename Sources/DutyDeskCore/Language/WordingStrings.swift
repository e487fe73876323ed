import Foundation

/// The words of the 口径 library, one table per language.
public struct WordingWords: Sendable {
    /// The fields a refusal names.
    public let topicField, approvedByField: String
    /// Timeline and CLI lines: "口径审定「征地补偿」（王县长）：…", "口径撤回「征地补偿」：…".
    public let approved, withdrawn, recorded, withdrawnRecorded: String
    /// A release's note of the wording it used: "口径「征地补偿」".
    public let used: String
    /// `dutydesk wording`'s list: a line per wording, and what is said when there is none.
    public let listLine, withdrawnLine, none: String
    /// The draft form's field and its "none" option; the brief's column.
    public let formField, column: String
    let topicTaken, unknown, noneOffered, withdrawnRefusal: String

    public static let chinese = WordingWords(
        topicField: "话题", approvedByField: "审定领导",
        approved: "口径审定「{}」（{}）：{}", withdrawn: "口径撤回「{}」：{}", recorded: "已审定口径「{}」",
        withdrawnRecorded: "已撤回口径「{}」",
        used: "口径「{}」",
        listLine: "「{}」  {} 审定 {}  {}", withdrawnLine: "「{}」  已撤回：{}", none: "尚无审定的口径",
        formField: "口径", column: "口径",
        topicTaken: "话题「{}」已有 {} 于 {} 审定的口径；请先撤回（写明理由）再审定新口径",
        unknown: "没有话题为「{}」的可用口径；可用口径：{}", noneOffered: "没有话题为「{}」的可用口径；尚无审定的口径",
        withdrawnRefusal: "口径「{}」已撤回（{}），不再使用")

    public static let english = WordingWords(
        topicField: "Topic", approvedByField: "Approved by",
        approved: "Wording approved \"{}\" ({}): {}", withdrawn: "Wording withdrawn \"{}\": {}",
        recorded: "Wording approved: \"{}\"", withdrawnRecorded: "Wording withdrawn: \"{}\"",
        used: "wording \"{}\"",
        listLine: "\"{}\"  approved by {} {}  {}", withdrawnLine: "\"{}\"  withdrawn: {}", none: "No wording approved yet",
        formField: "Wording", column: "Wording",
        topicTaken: "topic \"{}\" has a wording approved by {} at {}; withdraw it first (with the reason), then approve the new one",
        unknown: "no wording offered for topic \"{}\"; offered: {}", noneOffered: "no wording offered for topic \"{}\"; none is approved yet",
        withdrawnRefusal: "wording \"{}\" was withdrawn ({}) and is no longer used")
}

extension Strings {
    public var wording: WordingWords { language == .chinese ? .chinese : .english }

    func wordingRefusal(_ refusal: WordingRefusal, time: (Date) -> String) -> String {
        let words = wording
        switch refusal {
        case .topicTaken(let topic, let leader, let at): return fill(words.topicTaken, topic, leader, time(at))
        case .unknown(let reference, let active):
            return active.isEmpty ? fill(words.noneOffered, reference)
                : fill(words.unknown, reference, active.joined(separator: language == .chinese ? "、" : ", "))
        case .withdrawn(let topic, let reason): return fill(words.withdrawnRefusal, topic, reason)
        }
    }

    /// A timeline line of the library; the withdrawn wording named by its topic when the desk is at hand.
    func wordingSummary(_ body: EventBody, in desk: DeskState? = nil) -> String {
        switch body {
        case .wordingApproved(let approval):
            return fill(wording.approved, approval.topic, approval.leader, approval.text)
        case .wordingWithdrawn(let withdrawal):
            let topic = desk?.wording(id: withdrawal.wording)?.approval.topic ?? withdrawal.wording
            return fill(wording.withdrawn, topic, withdrawal.reason)
        default: return ""
        }
    }

    /// One wording of `dutydesk wording`'s list, in the desk's time zone.
    public func wordingLine(_ item: Wording, timeZone: TimeZone) -> String {
        if let (withdrawal, _) = item.withdrawal { return fill(wording.withdrawnLine, item.approval.topic, withdrawal.reason) }
        return fill(wording.listLine, item.approval.topic, item.approval.leader, DisplayTime.minutes(item.approval.at, in: timeZone),
                    item.approval.text)
    }

    /// What a release says of the wording it used: "口径「征地补偿」".
    public func wordingUsed(_ use: WordingUse?) -> String? { use.map { fill(wording.used, $0.topic) } }
}
