import Testing
@testable import DutyDeskCore

@Suite struct StringsTests {
    @Test(arguments: [
        (97_929, "1天03:12:09"), (86_399, "23:59:59"), (0, "00:00:00"), (-8107, "超时 02:15:07"),
        (-90_061, "超时 1天01:01:01"),
    ])
    func countdownInChinese(seconds: Int, text: String) {
        #expect(Strings.chinese.countdown(seconds) == text)
    }

    @Test func countdownInEnglish() {
        #expect(Strings.english.countdown(97_929) == "1d 03:12:09")
        #expect(Strings.english.countdown(-8107) == "overdue 02:15:07")
    }

    @Test(arguments: [(0, "首次回应"), (1, "续报一"), (2, "续报二"), (10, "续报十"), (11, "续报十一"), (20, "续报二十"),
                      (35, "续报三十五")])
    func releasesAreNamedLikeTheNotices(number: Int, name: String) {
        #expect(Strings.chinese.releaseName(number: number) == name)
    }

    @Test func vocabulariesAcceptChineseEnglishAndAliases() {
        #expect(Grade(token: "重大") == .major)
        #expect(Grade(token: "MAJOR") == .major)
        #expect(Channel(token: "值班电话") == .dutyPhone)
        #expect(Channel(token: "phone") == .dutyPhone)
        #expect(Channel(token: "12345") == .hotline)
        #expect(Channel(token: "微博") == .weibo)
        #expect(Channel(token: "web") == .web)
        #expect(UnitRole(token: "牵头") == .lead)
        #expect(Grade(token: "huge") == nil)
        #expect(Grade.validValues.contains("重大 (major)"))
    }

    @Test func placeholdersFillInOrder() {
        #expect(fill("{} 与 {}", "甲", 2) == "甲 与 2")
    }
}
