import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// A patrol from the real console in real tmux (issue 14, point 6), typed in Chinese: `P` on the
/// queue records the channels checked and the case found; the status line says what was recorded,
/// and the handover lists the shift's patrol.
@Suite(.serialized) struct PatrolTmuxTests {
    let console: ConsoleInTmux
    var tmux: Tmux { console.tmux }
    let code: String

    init() throws {
        console = try ConsoleInTmux("patrol-flow")
        code = try console.add(["--title", "网传城关镇菜市场短斤少两", "--locality", "城关镇", "--channel", "微博",
                                "--discovered", "-1h"])
    }

    func expectScreen(_ what: String, within seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                      _ condition: (String) -> Bool) throws {
        try console.expectScreen(what, within: seconds, sourceLocation: sourceLocation, condition)
    }

    @Test func aPatrolRecordedOnTheQueueIsSaidAndHandedOver() throws {
        defer { console.scratch.remove() }
        try tmux.type("\(DeskBinary.path)", enter: true)
        try expectScreen("the console") { $0.contains("舆情值班台") && $0.contains(code) }

        try tmux.type("P")
        try expectScreen("the patrol form") { $0.contains("巡查记录") && $0.contains("巡查渠道") }
        try tmux.press("C-s")
        try expectScreen("the channels are required, beside their field") { $0.contains("必填") }
        // 微博 and 微信 are the channels' 8th and 9th: a hotkey toggles one and the focus stays.
        try tmux.type("8")
        try tmux.type("9")
        try expectScreen("both channels picked") { $0.contains("微博、微信") || $0.contains("微博, 微信") }
        try tmux.press("Tab")               // the time: now
        try tmux.press("Tab")               // the cases found
        try tmux.type(code)
        try tmux.press("Tab")
        try tmux.type("菜市场相关帖文已登记")
        try tmux.press("C-s")
        try expectScreen("the status line says what was recorded") {
            $0.contains("已记录：巡查（微博、微信）：发现 \(code)")
        }
        try tmux.type("q")
        try expectScreen("the console has quit") { !$0.contains("舆情值班台") }

        let handover = try DeskBinary.run(["report", "handover"], log: console.log)
        #expect(handover.status == 0, "\(handover.stderr)")
        #expect(handover.stdout.contains("巡查记录") && handover.stdout.contains("| 微博；微信 | 发现 \(code)；菜市场相关帖文已登记 |"),
                "\(handover.stdout)")
    }
}
