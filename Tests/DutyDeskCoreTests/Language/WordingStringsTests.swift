import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct WordingStringsTests {
    typealias S = Scenario

    @Test func eachTableIsInOneLanguage() {
        WordsFixture.checkOneLanguage(chinese: WordingWords.chinese, english: WordingWords.english)
    }

    /// The list says an offered wording with its leader and local time, a withdrawn one with its reason;
    /// the timeline names a withdrawn wording by its topic when the desk is at hand.
    @Test func theListAndTheTimelineSayTheWording() {
        var desk = DeskState()
        desk.apply(Event(seq: 1, id: "w1", recordedAt: S.start, operatorName: "张伟", caseID: nil,
                         body: .wordingApproved(WordingApproval(topic: "二次供水", text: "水质达标", leader: "王县长", at: S.start))))
        #expect(Strings.chinese.wordingLine(desk.wordings[0], timeZone: S.zone) == "「二次供水」  王县长 审定 2026-11-23 08:00  水质达标")
        let withdrawn = EventBody.wordingWithdrawn(WordingWithdrawal(wording: "w1", reason: "检测结果更新"))
        #expect(Strings.chinese.wordingSummary(withdrawn, in: desk) == "口径撤回「二次供水」：检测结果更新")
        desk.apply(Event(seq: 2, id: "w2", recordedAt: S.start, operatorName: "张伟", caseID: nil, body: withdrawn))
        #expect(Strings.english.wordingLine(desk.wordings[0], timeZone: S.zone) == "\"二次供水\"  withdrawn: 检测结果更新")
        #expect(Strings.english.summary(of: withdrawn) == "Wording withdrawn \"w1\": 检测结果更新")
        #expect(Strings.chinese.wordingUsed(WordingUse(id: "w1", topic: "二次供水")) == "口径「二次供水」")
        #expect(Strings.chinese.wordingUsed(nil) == nil)
    }
}
