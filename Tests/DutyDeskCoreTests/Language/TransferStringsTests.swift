import Testing
@testable import DutyDeskCore

@Suite struct TransferStringsTests {
    static let analysis = TransferAnalysis(unit: "县水务局", source: "本地论坛", postedAt: "凌晨", spread: "微信群转发",
                                           comments: "三百余条", views: "要求公开水质")

    @Test func eachTableIsInOneLanguage() {
        WordsFixture.checkOneLanguage(chinese: TransferWords.chinese, english: TransferWords.english)
    }

    /// The five fields in 002's order, each named in the reader's language; the values stay as the unit wrote them.
    @Test func anAnalysisIsWrittenFieldByFieldInTheSeedsOrder() {
        #expect(Strings.chinese.analysisText(Self.analysis)
            == "出处：本地论坛；发布时间：凌晨；传播路径：微信群转发；跟帖情况：三百余条；网民观点：要求公开水质")
        #expect(Strings.english.analysisText(Self.analysis).hasPrefix("Source: 本地论坛; Posted at: 凌晨; Spread: "))
    }

    @Test func theTimelineSaysWhichUnitAnalysed() {
        #expect(Strings.chinese.transferAnalysisSummary(Self.analysis).hasPrefix("县水务局 分析：出处：本地论坛；"))
        #expect(Strings.english.transferAnalysisSummary(Self.analysis).hasPrefix("县水务局 analysed: Source: "))
    }
}
