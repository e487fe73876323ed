import Testing
@testable import DutyDeskCore

@Suite struct ChannelTests {
    @Test func theChannelsKeepTheirCodes() {
        VocabularyFixture.check(Channel.self, codes: [
            "phone", "hotline", "newspaper", "web", "forum", "community", "blog", "weibo", "wechat", "comments",
            "inquiry", "broadcast", "superior", "other", "opinion-platform", "info-system", "contractor",
        ])
    }

    /// What operators say instead of the list's words: the hotline's number, 热线, 电话.
    @Test func theWordsOperatorsUseNameTheChannel() {
        #expect(Channel(token: "12345") == .hotline)
        #expect(Channel(token: "热线") == .hotline)
        #expect(Channel(token: "电话") == .dutyPhone)
        #expect(Channel(token: "广播电视") == .broadcast)
    }
}
