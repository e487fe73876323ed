import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// The 口径 library from the real console in real tmux (issue 14, point 7), typed in Chinese: `L`
/// approves a topic's wording, `W` on a case offers it in the draft form, and the draft the operator
/// writes from it records which wording it used; the ledger, `show` and the detail say so.
@Suite(.serialized) struct WordingTmuxTests {
    let console: ConsoleInTmux
    var tmux: Tmux { console.tmux }
    let code: String

    init() throws {
        console = try ConsoleInTmux("wording-flow")
        code = try console.add(["--title", "城关镇自来水发黄", "--locality", "城关镇", "--unit", "县水务局", "--discovered", "-2h"])
    }

    func expectScreen(_ what: String, within seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                      _ condition: (String) -> Bool) throws {
        try console.expectScreen(what, within: seconds, sourceLocation: sourceLocation, condition)
    }

    /// The ledger's lines as objects, read back from the file the console wrote.
    func ledger() throws -> [JSONObject] {
        try String(contentsOfFile: console.log, encoding: .utf8).split(separator: "\n")
            .compactMap { try JSONParser.parse(String($0)).objectValue }
    }

    @Test func aWordingApprovedInTheConsoleIsOfferedAndUsedByARelease() throws {
        defer { console.scratch.remove() }
        try tmux.type("\(DeskBinary.path)", enter: true)
        try expectScreen("the console") { $0.contains("舆情值班台") && $0.contains(code) }

        try tmux.type("L")
        try expectScreen("the wording form") { $0.contains("口径库") && $0.contains("审定新口径") }
        try tmux.type("1")                  // 审定新口径; the pick moves on to the topic
        try tmux.type("自来水水质")
        try tmux.press("Tab")
        try tmux.type("经检测，出厂水各项指标均符合国家标准")
        try tmux.press("Tab")
        try tmux.press("C-s")
        try expectScreen("the leader is required, beside its field") { $0.contains("审定领导 不能为空") }
        try tmux.type("王县长")
        try tmux.press("C-s")
        try expectScreen("the approval is said by its topic") { $0.contains("已审定口径「自来水水质」") }
        let approval = try #require(try ledger().first { $0["type"]?.stringValue == "wording.approved" })
        let approvalID = try #require(approval["id"]?.stringValue)
        #expect(approval["data"]?.objectValue?["leader"]?.stringValue == "王县长")

        try tmux.type("W")
        try expectScreen("the draft form has a wording field") { $0.contains("起草稿1") && $0.contains("口径") }
        try tmux.type("1")                  // the first method; on to the channel
        try tmux.press("Tab")               // the spokesperson
        try tmux.press("Tab")               // the leader to sign it off
        try tmux.type("王县长")
        try tmux.press("Tab")               // the wording, offering the one approved
        try expectScreen("the draft form offers the wording") { $0.contains("1 自来水水质 · 王县长") }
        try tmux.type("1")
        try expectScreen("its pick fills the text") { $0.contains("经检测，出厂水各项指标均符合国家标准") }
        try tmux.press("C-s")
        try expectScreen("the draft waits for the leader") { $0.contains("稿1 待审定 王县长") }

        let drafted = try #require(try ledger().first { $0["type"]?.stringValue == "release.drafted" })
        let used = drafted["data"]?.objectValue?["wording"]?.objectValue
        #expect(used?["id"]?.stringValue == approvalID && used?["topic"]?.stringValue == "自来水水质", "\(drafted)")
        let shown = try DeskBinary.run(["show", code], log: console.log).stdout
        #expect(shown.contains("口径「自来水水质」"), "\(shown)")

        try tmux.press("Enter")
        try expectScreen("the detail names the wording the draft used") { $0.contains(code) && $0.contains("口径「自来水水质」") }
        try tmux.press("Escape")
        try tmux.type("q")
        try expectScreen("the console has quit") { !$0.contains("舆情值班台") }
    }
}
