import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// Issue 14, points 2–4, from the real console in real tmux, typed in Chinese: a press conference held
/// by staff alone is recorded and flagged, one the settings' spokesperson attended meets the clock; a
/// unit's step on the ground; the 办结 that asks why while a unit has not answered.
@Suite(.serialized) struct HandlingTmuxTests {
    let console: ConsoleInTmux
    var tmux: Tmux { console.tmux }
    let code: String

    init() throws {
        console = try ConsoleInTmux("handling-flow")
        try """
            [[units]]
            name = "县应急管理局"
            head = "马军"

            [[spokespersons]]
            unit = "县应急管理局"
            name = "何伟"
            title = "新闻发言人"

            """.write(toFile: console.scratch.file("config.toml"), atomically: true, encoding: .utf8)
        code = try console.add(["--title", "青山乡山体滑坡", "--locality", "青山乡", "--unit", "县应急管理局", "--grade", "重大",
                                "--discovered", "-2h"])
        #expect(try DeskBinary.run(["assign", code, "--unit", "青山乡", "--role", "cooperating"], log: console.log).status == 0)
    }

    func expectScreen(_ what: String, within seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                      _ condition: (String) -> Bool) throws {
        try console.expectScreen(what, within: seconds, sourceLocation: sourceLocation, condition)
    }

    func deadlineKind() throws -> String? { try console.cases().first?["deadlineKind"]?.stringValue }

    @Test func attendanceOfflineStepsAndTheClosingReasonFromTheConsole() throws {
        defer { console.scratch.remove() }
        try tmux.type("\(DeskBinary.path)", enter: true)
        try expectScreen("the console") { $0.contains("舆情值班台") && $0.contains(code) }

        try tmux.type("p")
        try expectScreen("the press conference form") { $0.contains("新闻发布会 · \(code)") }
        try tmux.press("Tab")               // to the attendees offered
        try expectScreen("the settings' spokesperson and head offered") { $0.contains("1 何伟（新闻发言人）") && $0.contains("2 马军（负责人）") }
        try tmux.press("Tab")               // to the others, typed
        try tmux.type("何静:其他")
        try tmux.press("C-s")
        try expectScreen("recorded and flagged") { $0.contains("已记录 \(code)") && $0.contains("会未计") && $0.contains("不计为发布会") }
        #expect(try deadlineKind() == "press-conference", "staff alone meet no clock")

        try tmux.type("p")
        try expectScreen("the form again") { $0.contains("新闻发布会 · \(code)") }
        try tmux.press("Tab")
        try tmux.type("1")                  // 何伟, the settings' spokesperson
        try tmux.press("C-s")
        try expectScreen("the conference counts") { $0.contains("已记录 \(code)：召开新闻发布会；出席：何伟（新闻发言人）") }
        try expectScreen("no longer flagged") { !$0.contains("发布会未计") }
        #expect(try deadlineKind() == "follow-up", "the spokesperson's conference met the 24 h clock")

        try tmux.type("O")
        try expectScreen("the offline form") { $0.contains("网下处置") && $0.contains("处置措施") }
        try tmux.type("1")                  // the first unit with a role
        try tmux.type("转移群众并设置警戒")
        try tmux.press("Tab")
        try tmux.type("青山乡黄土村")
        try tmux.press("C-s")
        try expectScreen("the step is on the timeline") { $0.contains("网下处置：转移群众并设置警戒（青山乡黄土村）") }

        try tmux.type("c")
        try expectScreen("the close form asks why, naming who has not answered") {
            $0.contains("未反馈办结理由") && $0.contains("尚未反馈：青山乡")
        }
        try tmux.press("C-s")
        try expectScreen("refused beside the field") { $0.contains("尚未反馈或网下处置") }
        try tmux.type("青山乡电话说明")     // the refusal put the focus on the reason
        try tmux.press("C-s")
        try expectScreen("closed") { $0.contains("未反馈即办结，理由：青山乡电话说明") }
        let shown = try DeskBinary.run(["show", code], log: console.log).stdout
        #expect(shown.contains("未反馈即办结，理由：青山乡电话说明") && shown.contains("出席：何静（其他）"), "\(shown)")
        try tmux.type("q")
        try expectScreen("the console has quit") { !$0.contains("舆情值班台") }
    }

    /// 会商转办 from the transfer form, copied to the 政务公开办; the unit's feedback waits for its analysis (`X`).
    @Test func aTransferByTheMeetingIsAnalysedBeforeFeedback() throws {
        defer { console.scratch.remove() }
        try tmux.type("\(DeskBinary.path)", enter: true)
        try expectScreen("the console") { $0.contains("舆情值班台") && $0.contains(code) }
        try tmux.type("x")
        try expectScreen("the transfer form") { $0.contains("转办方式") }
        try tmux.type("2")                  // 青山乡, then the reason
        try tmux.type("会商决定由乡政府牵头处置")
        try tmux.press("Tab")
        try tmux.type("2")                  // by the joint meeting
        try tmux.press("C-s")
        try expectScreen("transferred and copied") { $0.contains("会商转办至青山乡：会商决定由乡政府牵头处置（抄送县政务公开办）") }
        let early = try DeskBinary.run(["feedback", code, "--unit", "青山乡", "--text", "已处置"], log: console.log)
        #expect(early.status == 1 && early.stderr.contains("出处"), "\(early.stderr)")

        try tmux.type("X")
        try expectScreen("the analysis form") { $0.contains("转办分析") && $0.contains("网民观点") }
        try tmux.press("Tab")
        for (index, value) in ["本地论坛", "昨晚 21:00", "论坛→微信群", "跟帖200余条", "关注转移安置"].enumerated() {
            if index > 0 { try tmux.press("Tab") }
            try tmux.type(value)
        }
        try tmux.press("C-s")
        try expectScreen("analysed") { $0.contains("已记录 \(code)：青山乡 分析：出处：本地论坛") }
        #expect(try DeskBinary.run(["feedback", code, "--unit", "青山乡", "--text", "已处置"], log: console.log).status == 0)
        try tmux.type("q")
        try expectScreen("the console has quit") { !$0.contains("舆情值班台") }
    }
}
