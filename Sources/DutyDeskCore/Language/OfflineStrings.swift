import Foundation

/// The words of 网上问题，网下解决: a unit's step on the ground, the brief's online and offline side by
/// side, and a 办结 before every unit answered; one table per language.
public struct OfflineWords: Sendable {
    public let actionField, reasonField: String
    /// The timeline line: "县水务局 网下处置：入户检测水质（锦绣花园 3 栋）→ 水质达标".
    public let step, place, result: String
    /// The refusal of a 办结 while units have not answered.
    let unitsWithoutAnswer: String
    /// The brief's section and the stats' one.
    public let sideBySideTitle, unitColumn, onlineColumn, offlineColumn, pendingTitle, casesColumn, reasonColumn,
        pendingColumn, listSeparator: String

    public static let chinese = OfflineWords(
        actionField: "网下处置措施", reasonField: "未反馈即办结的理由",
        step: "{} 网下处置：{}", place: "（{}）", result: " → {}",
        unitsWithoutAnswer: "{}：{} 尚未反馈或网下处置；先记录（F 反馈、O 网下处置），或写明未反馈即办结的理由",
        sideBySideTitle: "网上回应与网下处置", unitColumn: "单位", onlineColumn: "网上（反馈）", offlineColumn: "网下（处置）",
        pendingTitle: "未反馈即办结", casesColumn: "事件", reasonColumn: "理由", pendingColumn: "未反馈单位", listSeparator: "、")

    public static let english = OfflineWords(
        actionField: "What was done on the ground", reasonField: "Why it closes before the units answered",
        step: "{} on the ground: {}", place: " ({})", result: " → {}",
        unitsWithoutAnswer: "{}: {} recorded neither feedback nor a step on the ground; record one first (F feedback, O offline step), or give the reason it closes without",
        sideBySideTitle: "Online response and offline handling", unitColumn: "Unit", onlineColumn: "Online (feedback)",
        offlineColumn: "Offline (on the ground)", pendingTitle: "Closed before the units answered", casesColumn: "Case",
        reasonColumn: "Reason", pendingColumn: "Units without an answer", listSeparator: ", ")
}

extension Strings {
    public var offline: OfflineWords { language == .chinese ? .chinese : .english }

    /// "入户检测水质（锦绣花园 3 栋）→ 水质达标": what, where, result.
    public func offlineStepText(_ step: OfflineStep) -> String {
        let words = offline
        return step.action + (step.place.isEmpty ? "" : fill(words.place, step.place))
            + (step.result.isEmpty ? "" : fill(words.result, step.result))
    }

    func offlineSummary(_ step: OfflineStep) -> String { fill(offline.step, step.unit, offlineStepText(step)) }

    func unitsWithoutAnswer(_ code: String, _ units: [String]) -> String {
        fill(offline.unitsWithoutAnswer, code, units.joined(separator: offline.listSeparator))
    }
}
