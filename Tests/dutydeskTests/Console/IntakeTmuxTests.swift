import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// Phone intake as the operator does it while the caller talks: Chinese typed into the real
/// console in real tmux, then the ledger checked through the CLI.
@Suite(.serialized) struct IntakeTmuxTests {
    let console: ConsoleInTmux
    var scratch: Scratch { console.scratch }
    var log: String { console.log }
    var tmux: Tmux { console.tmux }

    init() throws {
        console = try ConsoleInTmux("intake")
        let seeded = try DeskBinary.run(["add", "--title", "青山乡山体滑坡", "--locality", "青山乡"], log: log)
        #expect(seeded.status == 0)
    }

    func expectScreen(_ what: String, within seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                      _ condition: (String) -> Bool) throws {
        try console.expectScreen(what, within: seconds, sourceLocation: sourceLocation, condition)
    }

    func openConsole() throws {
        try tmux.type("\(DeskBinary.path)", enter: true)
        try expectScreen("the console") { $0.contains("舆情值班台") && $0.contains(QueueRow.code) }
    }

    func cases() throws -> [JSONObject] { try console.cases() }

    @Test func aPhoneReportTakesFourKeysBesidesTheTypedText() throws {
        defer { scratch.remove() }
        try openConsole()
        try tmux.type("n")                       // 1: open
        // The form's keys are the footer's, from the keymap; on a choice, the number keys too.
        try expectScreen("the intake form") {
            $0.contains("电话登记") && $0.contains("一句话事由") && $0.contains("Ctrl-S 保存  Esc/F10 取消  Tab 下一项")
        }
        try tmux.type("网传城关镇多个小区停水")
        try tmux.press("Tab")                    // 2: to locality
        try expectScreen("the locality list") { $0.contains("1 青山乡") && $0.contains("1-9 按编号选") }
        try tmux.type("1")                       // 3: pick
        try tmux.press("C-s")                    // 4: save
        try expectScreen("saved and on the queue") { $0.contains("已登记 YQ-") && !$0.contains("一句话事由") }
        let row = try #require(try cases().first { $0["title"]?.stringValue == "网传城关镇多个小区停水" })
        #expect(row["channel"]?.stringValue == "值班电话")
        #expect(row["locality"]?.stringValue == "青山乡")
        #expect(row["deadlineKind"]?.stringValue == "response")
        #expect((47 * 3600...48 * 3600).contains(row["secondsLeft"]?.intValue ?? 0))
        try tmux.type("q")
    }

    /// A locality typed, not picked by its number: 青山 names only 青山乡, and Ctrl-S saves it
    /// (the filter used to be dropped and the save refused 必填).
    @Test func aLocalityTypedInChineseIsTheOneSaved() throws {
        defer { scratch.remove() }
        try openConsole()
        try tmux.type("n")
        try expectScreen("the intake form") { $0.contains("一句话事由") }
        try tmux.type("青山乡村道塌方")
        try tmux.press("Tab")
        try tmux.type("青山")
        try expectScreen("the locality filtered") { $0.contains("筛选：青山") && $0.contains("1 青山乡") }
        try tmux.press("C-s")
        try expectScreen("saved and on the queue") { $0.contains("已登记 YQ-") && !$0.contains("一句话事由") }
        let row = try #require(try cases().first { $0["title"]?.stringValue == "青山乡村道塌方" })
        #expect(row["locality"]?.stringValue == "青山乡")
        try tmux.type("q")
    }

    @Test func triageToMajorPutsTheRowOnThe24HourClock() throws {
        defer { scratch.remove() }
        try openConsole()
        try tmux.press("Enter")
        try expectScreen("the detail") { $0.contains("事件详情") }
        try tmux.type("t")
        try expectScreen("the triage form") { $0.contains("研判 · YQ-") }
        try tmux.type("2")                        // grade: 重大 (the second option)
        try expectScreen("the new clock before saving") { $0.contains("保存后时限：24小时内召开发布会") }
        try tmux.press("C-s")
        // Back on the case it was opened from, saying what was recorded.
        try expectScreen("back on the detail") {
            $0.contains("事件详情") && $0.contains("突发重大") && $0.contains("已记录 YQ-") && $0.contains("：研判：")
        }
        let row = try #require(try cases().first)
        #expect(row["deadlineKind"]?.stringValue == "press-conference")
        #expect(row["grade"]?.stringValue == "重大")
        try tmux.type("q")
    }

    /// 签收 on a case with no unit opens the unit form first; then the unit's 反馈, typed in Chinese.
    @Test func aUnitIsGivenItsRoleBeforeItAcknowledgesAndGivesFeedback() throws {
        defer { scratch.remove() }
        try openConsole()
        try tmux.type("s")
        try expectScreen("the unit form instead of 签收") { $0.contains("责任单位 · YQ-") }
        try tmux.type("青山乡政府")
        try tmux.press("Enter")
        try tmux.press("C-s")
        try expectScreen("the unit recorded") { $0.contains("已记录 YQ-") && $0.contains("：第一责任主体：青山乡政府") }
        try tmux.type("F")
        try expectScreen("the feedback form") { $0.contains("单位反馈 · YQ-") && $0.contains("青山乡政府") }
        try tmux.press("Tab")
        try tmux.type("已组织村民转移")
        try tmux.press("C-s")
        try expectScreen("back on the queue") { $0.contains("：青山乡政府 反馈：已组织村民转移") && !$0.contains("单位反馈 · YQ-") }
        let code = try #require(try cases().first?["code"]?.stringValue)
        let detail = try JSONParser.parse(try DeskBinary.run(["show", code, "--json"], log: log).stdout).objectValue
        let feedback = detail?["feedback"]?.arrayValue?.first?.objectValue
        #expect(feedback?["unit"] == .string("青山乡政府") && feedback?["text"] == .string("已组织村民转移"), "\(String(describing: detail))")
        try tmux.type("q")
    }

    /// 第一时间报告 from the console: `u`, the first recipient the settings name, typed Chinese, Ctrl-S.
    @Test func aReportUpIsRecordedFromTheConsole() throws {
        defer { scratch.remove() }
        try openConsole()
        try tmux.type("u")
        try expectScreen("the report-up form") { $0.contains("报告上级 · YQ-") && $0.contains("县政府办公室") }
        try tmux.type("1")
        try tmux.press("Tab", "Tab")
        try tmux.type("已电话报告山体滑坡情况")
        try tmux.press("C-s")
        try expectScreen("back on the queue") { !$0.contains("报告上级 · YQ-") }
        let code = try #require(try cases().first?["code"]?.stringValue)
        let detail = try JSONParser.parse(try DeskBinary.run(["show", code, "--json"], log: log).stdout).objectValue
        let report = detail?["upwardReports"]?.arrayValue?.first?.objectValue
        #expect(report?["recipient"] == .string("县政府办公室") && report?["text"] == .string("已电话报告山体滑坡情况"),
                "\(String(describing: detail))")
        try tmux.type("q")
    }

    @Test func aDraftSurvivesKill9AndIsOfferedBack() throws {
        defer { scratch.remove() }
        try openConsole()
        try tmux.type("n")
        try tmux.type("来电反映化工厂夜间排污")
        try tmux.press("Tab", "Tab", "Tab")
        try tmux.type("刘先生")
        try expectScreen("typed") { $0.contains("刘先生") }
        kill(try #require(try console.programPID()), SIGKILL)
        try expectScreen("the shell reports the kill") { $0.contains("Killed") }
        try tmux.type("reset", enter: true)
        try openConsole()
        try expectScreen("the offer") { $0.contains("发现未保存的电话登记草稿") }
        try tmux.type("y")
        try expectScreen("the draft restored") { $0.contains("来电反映化工厂夜间排污") && $0.contains("刘先生") }
        try tmux.press("Escape")
        try expectScreen("asked before discarding") { $0.contains("放弃") }
        try tmux.type("y")
        try expectScreen("the queue again") { !$0.contains("一句话事由") }
        #expect(!FileManager.default.fileExists(atPath: log + ".draft.json"))
        #expect(try cases().count == 1, "nothing was appended")
        try tmux.type("q")
    }
}

/// Two consoles on one ledger: the second operator's change reaches the first one's open form.
@Suite(.serialized) struct TwoConsolesTmuxTests {
    @Test func aConflictBetweenTwoConsolesIsShownBeforeSaving() throws {
        let left = try ConsoleInTmux("conflict")
        defer { left.scratch.remove() }
        #expect(try DeskBinary.run(["add", "--title", "河道死鱼", "--locality", "临江镇"], log: left.log).status == 0)
        var environment = DeskBinary.environment(log: left.log, extra: ["DUTYDESK_OPERATOR": "李娜"])
        environment["TERM"] = "xterm-256color"
        environment["PATH"] = "/usr/bin:/bin"
        let rightFolder = left.scratch.path + "/right"
        try FileManager.default.createDirectory(atPath: rightFolder, withIntermediateDirectories: true)
        let right = try Tmux(width: 100, height: 30, environment: environment, folder: rightFolder)
        _ = try right.waitFor { $0.contains("$") }

        for tmux in [left.tmux, right] { try tmux.type(DeskBinary.path, enter: true) }
        try left.expectScreen("left console") { $0.contains("河道死鱼") }
        #expect(try right.waitFor { $0.contains("河道死鱼") }.ok)

        try left.tmux.type("t")
        try left.expectScreen("left triage form") { $0.contains("研判 · YQ-") }
        try right.type("m")
        #expect(try right.waitFor { $0.contains("备注 · YQ-") }.ok)
        try right.type("渔政已到场取样")
        try right.press("C-s")
        #expect(try right.waitFor { $0.contains("已记录 YQ-") && $0.contains("：备注：渔政已到场取样") }.ok)

        try left.tmux.press("C-s")
        try left.expectScreen("the conflict") { $0.contains("此事件已被他人修改") && $0.contains("李娜：备注：渔政已到场取样") }
        try left.tmux.type("s")
        try left.expectScreen("saved anyway") { $0.contains("已记录 YQ-") && $0.contains("：研判：") }
        for tmux in [left.tmux, right] { try tmux.type("q") }
        let shown = try DeskBinary.run(["show", "YQ-" + String(DeskBinary.run(["list", "--json"], log: left.log).stdout
            .firstMatch(of: /YQ-(\d{8}-\d{3})/)!.1)], log: left.log).stdout
        #expect(shown.contains("渔政已到场取样") && shown.contains("研判："), "\(shown)")
    }
}
