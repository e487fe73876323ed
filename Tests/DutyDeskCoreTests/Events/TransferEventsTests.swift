import Testing
@testable import DutyDeskCore

@Suite struct TransferEventsTests {
    static let analysis = TransferAnalysis(unit: "县水务局", source: "本地论坛", postedAt: "凌晨", spread: "微信群",
                                           comments: "三百余条", views: "要求公开水质")

    /// The ledger's `transfer.analysed` keys and the forms' fields are these codes.
    @Test func theFiveFieldsKeepTheirCodesInTheSeedsOrder() {
        VocabularyFixture.check(AnalysisField.self, codes: ["source", "posted-at", "spread", "comments", "views"])
    }

    @Test func eachFieldReadsItsOwnValue() {
        #expect(AnalysisField.allCases.map { Self.analysis.value(of: $0) } == ["本地论坛", "凌晨", "微信群", "三百余条", "要求公开水质"])
    }
}
