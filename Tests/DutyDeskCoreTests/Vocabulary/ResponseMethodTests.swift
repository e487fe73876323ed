import Testing
@testable import DutyDeskCore

@Suite struct ResponseMethodTests {
    @Test func theMethodsKeepTheirCodes() {
        VocabularyFixture.check(ResponseMethod.self, codes: ["release", "briefing", "interview", "expert", "clarification",
                                                             "weibo", "wechat", "portal"])
    }

    /// A press conference has its own event (it meets the 24-hour clock), so it is no response method.
    @Test func aPressConferenceIsNoResponseMethod() {
        #expect(ResponseMethod(token: "新闻发布会") == nil)
        #expect(ResponseMethod(token: "辟谣") == .clarification)
        #expect(ResponseMethod(token: "微博") == .governmentWeibo)
    }
}
