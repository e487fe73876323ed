import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing

/// Issue 14, point 5, from the real console in real tmux: a 重大 case registered under the settings'
/// response plan shows its checklist in the detail, and `K` ticks the first item still to do.
@Suite(.serialized) struct ChecklistTmuxTests {
    let console: ConsoleInTmux
    var tmux: Tmux { console.tmux }
    let code: String

    init() throws {
        console = try ConsoleInTmux("checklist-flow")
        try """
            [response-plans]
            "重大" = ["第一时间报告", "收集权威信息", "起草通稿"]

            """.write(toFile: console.scratch.file("config.toml"), atomically: true, encoding: .utf8)
        code = try console.add(["--title", "暴雨致道路积水", "--locality", "河西街道", "--grade", "重大", "--discovered", "-2h"])
    }

    func expectScreen(_ what: String, within seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                      _ condition: (String) -> Bool) throws {
        try console.expectScreen(what, within: seconds, sourceLocation: sourceLocation, condition)
    }

    @Test func anItemIsTickedFromTheDetail() throws {
        defer { console.scratch.remove() }
        try tmux.type("\(DeskBinary.path)", enter: true)
        try expectScreen("the console") { $0.contains("舆情值班台") && $0.contains(code) }
        try tmux.press("Enter")
        try expectScreen("the detail with its plan") { $0.contains("响应预案") && $0.contains("☐ 第一时间报告") }
        try tmux.type("K")
        try expectScreen("the tick form") { $0.contains("预案事项已办 · \(code)") && $0.contains("2 收集权威信息") }
        try tmux.type("2")                  // 收集权威信息
        try tmux.press("C-s")
        try expectScreen("ticked, with who") { $0.contains("✓ 收集权威信息（") && $0.contains("☐ 第一时间报告") }
        let listed = try DeskBinary.run(["checklist", code], log: console.log).stdout
        #expect(listed.contains("2. ✓ 收集权威信息") && listed.contains("1. ☐ 第一时间报告"), "\(listed)")
        try tmux.type("q")
        try expectScreen("the console has quit") { !$0.contains("舆情值班台") }
    }
}
