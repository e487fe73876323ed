import DutyDeskCore
import DutyDeskGrid
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct QueueCommandTests {
    typealias F = ConsoleFixture
    let size = (width: 100, height: 30)

    @Test func commandsParseInEitherLanguageAndACodeJumps() {
        #expect(QueueCommand.parse(" unit 县卫健委 ", desk: F.desk) == .filter(.unit, "县卫健委"))
        #expect(QueueCommand.parse("单位 县卫健委", desk: F.desk) == .filter(.unit, "县卫健委"))
        #expect(QueueCommand.parse("clear", desk: F.desk) == .clear)
        #expect(QueueCommand.parse("", desk: F.desk) == nil)
        let flood = F.desk.findCase(code: "YQ-20261122-002")!.id
        #expect(QueueCommand.parse("yq-20261122-002", desk: F.desk) == .jump(flood))
        #expect(QueueCommand.parse("22-002", desk: F.desk) == .jump(flood), "a unique end of a code")
        #expect(QueueCommand.parse("001", desk: F.desk) == .unknown("001"), "three cases end in 001")
    }

    @Test func tabCompletesWordsAndValues() {
        func complete(_ line: String, _ language: Language = .chinese) -> [String] {
            QueueCommand.completions(of: line, desk: F.desk, settings: DeskSettings(), language: language)
        }
        #expect(complete("属") == ["属地"])
        #expect(complete("l", .english) == ["level", "locality"])
        #expect(complete("unit 县") == ["unit 县水务局", "unit 县应急管理局", "unit 县公安局"])
        #expect(complete("grade 特") == ["grade 特别重大"])
        #expect(complete("channel 微") == ["channel 微博", "channel 微信"])
    }

    /// `:unit` narrows the queue, shows in the tab bar, combines with `/`; Esc lifts both.
    @Test func aFilterNarrowsTheQueueAndShowsInTheTabBar() {
        var state = F.state()
        for key in [Key.character(":")] + "unit 县应".map(Key.character) { state.handle(key, now: F.now, size: size) }
        state.handle(.tab, now: F.now, size: size)
        #expect(state.commandDraft == "unit 县应急管理局")
        state.handle(.enter, now: F.now, size: size)
        #expect(state.rows(now: F.now).map(\.subject.code) == ["YQ-20261122-002"])
        let grid = ConsoleScreen.render(state, width: 100, height: 30, now: F.now)
        #expect(grid.text(row: 1).contains("筛选 单位:县应急管理局"))
        #expect(grid.text(row: 29).contains("筛选：单位:县应急管理局（Esc 清除）"))
        state.search("不存在")
        #expect(state.rows(now: F.now).isEmpty, "the search combines with the filter")
        state.handle(.escape, now: F.now, size: size)
        #expect(state.caseFilter.isEmpty && state.filter.isEmpty && state.rows(now: F.now).count == 6)
    }

    @Test func aWrongValueOrCommandSaysWhatWouldDo() {
        var state = F.state()
        for key in [Key.character(":")] + "grade 很大".map(Key.character) + [.enter] { state.handle(key, now: F.now, size: size) }
        #expect(state.notice == "「很大」不是突发等级：可用 特别重大、重大、较大、一般、不涉及")
        #expect(state.caseFilter.isEmpty)
        for key in [Key.character(":")] + "22-002".map(Key.character) + [.enter] { state.handle(key, now: F.now, size: size) }
        #expect(state.screen == .detail(F.desk.findCase(code: "YQ-20261122-002")!.id))
        for key in [Key.character(":")] + "xyz".map(Key.character) + [.enter] { state.handle(key, now: F.now, size: size) }
        #expect(state.notice == "没有命令或事件「xyz」：可用 单位、突发等级、舆情等级、渠道、属地、电话、状态、清除，或事件编号",
                "the commands in the console's language only")
        var english = F.state(.english)
        english.command("xyz")
        #expect(english.notice == "No command or case \"xyz\": use unit grade level channel locality phone status clear, or a case code")
    }

    /// A command word of the other language is accepted, so Tab completes it too.
    @Test func tabCompletesEitherLanguagesWord() {
        #expect(QueueCommand.completions(of: "gr", desk: F.desk, settings: DeskSettings(), language: .chinese) == ["grade"])
        #expect(QueueCommand.completions(of: "突发", desk: F.desk, settings: DeskSettings(), language: .english) == ["突发等级"])
    }

    @Test(arguments: [(80, 24), (100, 30), (120, 40)], [Language.chinese, .english])
    func filteredQueueSnapshot(size: (Int, Int), language: Language) throws {
        var state = F.state(language)
        state.command("channel 微博")
        state.command("status " + (language == .chinese ? "处置中" : "Handling"))
        state.command("locality 河", run: false)
        let grid = ConsoleScreen.render(state, width: size.0, height: size.1, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "queue-filtered-\(size.0)x\(size.1)-\(language.rawValue)")
    }
}
