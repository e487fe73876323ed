import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// A release's way out from the real console in real tmux (issue 14), typed in Chinese: `W` drafts
/// it, then takes the co-operating unit's agreement, the leader's sign-off and the publication, each
/// step the one the draft waits for; the CLI reads back that only the publication met the clock.
@Suite(.serialized) struct ReleaseTmuxTests {
    let console: ConsoleInTmux
    var tmux: Tmux { console.tmux }
    let code: String

    init() throws {
        console = try ConsoleInTmux("release-flow")
        code = try console.add(["--title", "城关镇自来水发黄", "--locality", "城关镇", "--unit", "县水务局", "--discovered", "-2h"])
        #expect(try DeskBinary.run(["assign", code, "--unit", "县卫健委", "--role", "cooperating"], log: console.log).status == 0)
    }

    func expectScreen(_ what: String, within seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                      _ condition: (String) -> Bool) throws {
        try console.expectScreen(what, within: seconds, sourceLocation: sourceLocation, condition)
    }

    @Test func aReleaseIsDraftedAgreedSignedOffAndPublishedFromTheConsole() throws {
        defer { console.scratch.remove() }
        try tmux.type("\(DeskBinary.path)", enter: true)
        try expectScreen("the console") { $0.contains("舆情值班台") && $0.contains(code) }

        try tmux.type("W")
        try expectScreen("the draft form") { $0.contains("起草稿1") && $0.contains("审定领导") }
        try tmux.type("1")                  // the first method; a pick moves on to the channel
        try tmux.type("@示范县发布")
        try tmux.press("Tab")
        try tmux.type("赵强")
        try tmux.press("Tab")
        try tmux.type("王县长")
        try tmux.press("Tab")
        try tmux.type("经检测水质达标，发黄系水箱锈蚀")
        try tmux.press("C-s")
        try expectScreen("the draft waits for the unit, then the leader") { $0.contains("稿1 待会签 0/1 · 待审定 王县长") }

        try tmux.type("W")
        try expectScreen("the agreement form, the unit offered") { $0.contains("会签 · 稿1") && $0.contains("县卫健委") }
        try tmux.press("C-s")
        try expectScreen("now it waits for the leader") { $0.contains("稿1 待审定 王县长") }

        try tmux.type("W")
        try expectScreen("the sign-off form, the leader filled in") { $0.contains("审定 · 稿1") && $0.contains("王县长") }
        try tmux.press("C-s")
        try expectScreen("signed off, not yet out") { $0.contains("稿1 已审定待发布") }
        let waiting = try JSONParser.parse(try DeskBinary.run(["list", "--json"], log: console.log).stdout).arrayValue
        #expect(waiting?.first?.objectValue?["deadlineKind"]?.stringValue == "response", "a sign-off meets no clock")

        try tmux.type("W")
        try expectScreen("the publication form") { $0.contains("按稿发布 · 稿1") }
        try tmux.press("C-s")
        try expectScreen("published as the first response") { $0.contains("已记录 \(code)：首次回应（") && $0.contains("持续发布   截止") }
        let listed = try JSONParser.parse(try DeskBinary.run(["list", "--json"], log: console.log).stdout).arrayValue
        #expect(listed?.first?.objectValue?["deadlineKind"]?.stringValue == "follow-up", "the publication met the clock")
        let shown = try DeskBinary.run(["show", code], log: console.log).stdout
        #expect(shown.contains("县卫健委 会签同意稿1") && shown.contains("王县长 审定稿1") && shown.contains("赵强") && shown.contains("（按稿1发布）"), "\(shown)")
        try tmux.type("q")
        try expectScreen("the console has quit") { !$0.contains("舆情值班台") }
    }
}
