import Foundation

/// The words of a patrol (巡查) as the CLI, the timeline and the reports say it, one table per language.
public struct PatrolWords: Sendable {
    /// The confirmation: "已记录巡查（微博）：无新情况".
    public let recorded: String
    /// The channels checked, around their list: "（微博、微信）：".
    public let channels: String
    public let nothingNew, found, listSeparator, noteSeparator: String
    /// What an operator may type for the findings when nothing was found (the label invites them).
    let nothingNewAnswers: [String]

    public static let chinese = PatrolWords(
        recorded: "已记录巡查{}", channels: "（{}）：", nothingNew: "无新情况", found: "发现 {}", listSeparator: "、",
        noteSeparator: "；", nothingNewAnswers: ["无", "无新情况"])

    public static let english = PatrolWords(
        recorded: "Patrol recorded {}", channels: "({}): ", nothingNew: "nothing new", found: "found {}", listSeparator: ", ",
        noteSeparator: "; ", nothingNewAnswers: ["none", "nothing new"])
}

extension Strings {
    public var patrol: PatrolWords { language == .chinese ? .chinese : .english }

    /// "（微博、微信）：无新情况" / "(Weibo, WeChat): nothing new": the channels and what was found.
    public func patrolSummary(_ patrol: Patrol) -> String {
        let words = self.patrol
        let channels = patrol.channels.map { $0.name(in: language) }.joined(separator: words.listSeparator)
        return fill(words.channels, channels) + patrolFindings(patrol)
    }

    /// The case codes found, or 无新情况; with the note after them.
    public func patrolFindings(_ patrol: Patrol) -> String {
        let words = self.patrol
        let found = patrol.foundNothing ? words.nothingNew
            : fill(words.found, patrol.cases.joined(separator: words.listSeparator))
        return found + (patrol.note.isEmpty ? "" : words.noteSeparator + patrol.note)
    }
}
