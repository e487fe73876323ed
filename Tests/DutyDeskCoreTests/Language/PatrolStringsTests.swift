import Testing
@testable import DutyDeskCore

@Suite struct PatrolStringsTests {
    typealias S = Scenario

    @Test func eachTableIsInOneLanguage() {
        WordsFixture.checkOneLanguage(chinese: PatrolWords.chinese, english: PatrolWords.english)
    }

    /// What the form and the help invite as "nothing new" is what `Patrol.found` leaves out, in both languages.
    @Test func theAnswersForNothingNewIncludeTheWordsShown() {
        #expect(PatrolWords.chinese.nothingNewAnswers.contains(PatrolWords.chinese.nothingNew))
        #expect(PatrolWords.english.nothingNewAnswers.contains(PatrolWords.english.nothingNew))
    }

    @Test func aPatrolIsSummedUpWithItsChannelsAndFindings() {
        let quiet = Patrol(channels: [.weibo, .wechat], at: S.start)
        let found = Patrol(channels: [.web], at: S.start, cases: ["YQ-20261123-001", "YQ-20261123-002"], note: "转发增多")
        #expect(Strings.chinese.patrolSummary(quiet) == "（微博、微信）：无新情况")
        #expect(Strings.english.patrolSummary(quiet) == "(Weibo, WeChat): nothing new")
        #expect(Strings.chinese.patrolFindings(found) == "发现 YQ-20261123-001、YQ-20261123-002；转发增多")
        #expect(Strings.english.patrolFindings(found) == "found YQ-20261123-001, YQ-20261123-002; 转发增多")
    }
}
