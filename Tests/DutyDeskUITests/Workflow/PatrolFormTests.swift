import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct PatrolFormTests {
    typealias F = ConsoleFixture

    @Test(arguments: [Language.chinese, .english])
    func pOpensThePatrolFormOnTheQueue(language: Language) throws {
        var state = F.state(language)
        state.handle(.character("P"), now: F.now, size: (80, 24))
        #expect(state.openForm?.purpose == .patrol)
        let grid = ConsoleScreen.render(state, width: 80, height: 24, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "patrol-form-80x24-\(language.rawValue)")
    }

    @Test func theFormGivesThePatrolToRecord() {
        var form = PatrolForm.make(language: .chinese, openedAt: F.now)
        form.fields[0].kind = .multiChoice(MultiChoiceField(options: IntakeForm.vocabulary(Channel.self, .chinese),
                                                            selected: [Channel.weibo.code, Channel.wechat.code]))
        form.fields[2].kind = .text(TextBuffer("YQ-20261122-001、YQ-20261123-001"))
        let patrol = PatrolForm.patrol(form, now: F.now, timeZone: F.zone)
        #expect(patrol == Patrol(channels: [.weibo, .wechat], at: F.now, cases: ["YQ-20261122-001", "YQ-20261123-001"]))
    }

    @Test(arguments: ["无新情况", "无", "none", ""])
    func nothingNewIsAPatrolThatFoundNoCase(findings: String) {
        var form = PatrolForm.make(language: .chinese, openedAt: F.now)
        form.fields[0].kind = .multiChoice(MultiChoiceField(options: IntakeForm.vocabulary(Channel.self, .chinese),
                                                            selected: [Channel.weibo.code]))
        form.fields[2].kind = .text(TextBuffer(findings))
        #expect(PatrolForm.patrol(form, now: F.now, timeZone: F.zone).cases == [])
    }
}
