import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct DirectoryScreenTests {
    typealias F = ConsoleFixture
    typealias R = DeskRecordFixture

    @Test(arguments: [(80, 24), (120, 40)], [Language.chinese, .english])
    func theDirectory(size: (Int, Int), language: Language) throws {
        try R.assertSnapshot("directory", keys: [.character("C")], size: size, language: language)
    }

    @Test(arguments: [(80, 24), (120, 40)], [Language.chinese, .english])
    func theDirectoryAtACase(size: (Int, Int), language: Language) throws {
        try R.assertSnapshot("directory-case", keys: [.enter, .character("C")], selecting: "城关镇锦绣花园", size: size,
                             language: language)
    }

    @Test func fromACaseItsUnitsComeFirstAndEscGoesBackToIt() throws {
        var state = R.state()
        let code = R.code("城关镇锦绣花园")
        state.select(code: code)
        state.handle(.enter, now: F.now, size: (120, 40))
        let id = try #require(state.desk.findCase(code: code)?.id)
        state.handle(.character("C"), now: F.now, size: (120, 40))
        let rows = Snapshot.text(ConsoleScreen.render(state, width: 120, height: 40, now: F.now)).split(separator: "\n")
        let water = try #require(rows.firstIndex { $0.contains("● 县水务局") })
        let town = try #require(rows.firstIndex { $0.contains("● 城关镇") }, "a case unit missing from the settings is listed")
        let emergency = try #require(rows.firstIndex { $0.contains("县应急管理局") })
        #expect(water < emergency && town < emergency)
        state.handle(.escape, now: F.now, size: (120, 40))
        #expect(state.screen == .detail(id))
    }

    @Test func slashSearchesInChineseAndSaysWhenNothingMatches() {
        var state = R.state()
        state.handle(.character("C"), now: F.now, size: (80, 24))
        #expect(state.screen == .directory)
        state.handle(.character("/"), now: F.now, size: (80, 24))
        state.handle(.paste("卫健"), now: F.now, size: (80, 24))
        var text = Snapshot.text(ConsoleScreen.render(state, width: 80, height: 24, now: F.now))
        #expect(text.contains("县卫健委") && !text.contains("县水务局") && text.contains("卫健▏"), "\(text)")
        state.handle(.enter, now: F.now, size: (80, 24))
        #expect(state.directory.query == "卫健" && state.directory.draft == nil)
        state.handle(.character("/"), now: F.now, size: (80, 24))
        state.handle(.paste("没有这个"), now: F.now, size: (80, 24))
        text = Snapshot.text(ConsoleScreen.render(state, width: 80, height: 24, now: F.now))
        #expect(text.contains("没有匹配「卫健没有这个」的单位"), "\(text)")
        state.handle(.escape, now: F.now, size: (80, 24))
        #expect(state.directory.query == "卫健" && state.screen == .directory, "Esc drops only what was typed")
    }

    @Test func onlyWhoIsOnCallNowIsShown() {
        var state = R.state()
        state.handle(.character("C"), now: F.now, size: (80, 24))
        let text = Snapshot.text(ConsoleScreen.render(state, width: 80, height: 24, now: F.now))
        #expect(text.contains("王芳") && text.contains("13800000001") && !text.contains("赵磊"))
    }

    @Test func tooNarrowForTheTableEachUnitTakesTwoLinesWithEveryFigureLabelled() {
        var state = R.state()
        state.handle(.character("C"), now: F.now, size: (80, 24))
        let lines = DirectoryScreen.lines(state, width: 40, now: F.now).map { $0.map(\.text).joined() }
        let water = lines.firstIndex { $0.contains("县水务局") && $0.contains("负责人 张建国") && $0.contains("电话 0000-8000005") }
        #expect(water.map { lines[$0 + 1].contains("分管领导 刘副局长 0000-8000105") && lines[$0 + 1].contains("联络人 李敏") } == true,
                "\(lines)")
    }
}
