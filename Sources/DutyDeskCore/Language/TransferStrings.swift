import Foundation

/// The words of the joint meeting's transfer (会商转办) and its analysis, one table per language.
public struct TransferWords: Sendable {
    /// "县水务局 分析：出处 …；发布时间 …".
    public let analysed, pair, separator, listSeparator: String
    let analysisMissing, notTransferredTo, noMeetingTransfer: String
    /// The brief's section.
    public let title, unitColumn, reasonColumn, copiedToColumn, atColumn, analysisColumn, notAnalysed: String

    public static let chinese = TransferWords(
        analysed: "{} 分析：{}", pair: "{}：{}", separator: "；", listSeparator: "、",
        analysisMissing: "{} 由会商转办给 {}，须先记录其对出处、发布时间、传播路径、跟帖情况、网民观点的分析（X），再记录反馈",
        notTransferredTo: "会商没有把 {} 转办给 {}；转办给了：{}", noMeetingTransfer: "{} 没有会商转办，无需转办分析",
        title: "会商转办", unitColumn: "承办单位", reasonColumn: "转办事由", copiedToColumn: "抄送", atColumn: "转办时间",
        analysisColumn: "分析", notAnalysed: "尚未分析")

    public static let english = TransferWords(
        analysed: "{} analysed: {}", pair: "{}: {}", separator: "; ", listSeparator: ", ",
        analysisMissing: "{} was transferred to {} by the joint meeting: record its analysis of source, posting time, spread, comments and netizens' views (X) before its feedback",
        notTransferredTo: "the joint meeting did not transfer {} to {}; it was transferred to: {}",
        noMeetingTransfer: "{} has no transfer by the joint meeting to analyse",
        title: "Transfers by the joint meeting", unitColumn: "Unit", reasonColumn: "Why", copiedToColumn: "Copied to",
        atColumn: "Transferred", analysisColumn: "Analysis", notAnalysed: "not yet analysed")
}

extension Strings {
    public var transfer: TransferWords { language == .chinese ? .chinese : .english }

    /// "出处：…；发布时间：…；传播路径：…；跟帖情况：…；网民观点：…".
    public func analysisText(_ analysis: TransferAnalysis) -> String {
        AnalysisField.allCases.map { fill(transfer.pair, $0.name(in: language), analysis.value(of: $0)) }
            .joined(separator: transfer.separator)
    }

    func transferAnalysisSummary(_ analysis: TransferAnalysis) -> String {
        fill(transfer.analysed, analysis.unit, analysisText(analysis))
    }
}
