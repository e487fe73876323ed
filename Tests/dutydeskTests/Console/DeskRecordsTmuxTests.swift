import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// The desk-level records from the real console in real tmux (issue 13): an accountability
/// decision, a 容错, a 舆情风险评估 and a case opened from it, typed in Chinese and then read back
/// through the CLI; the contact directory at a case and its Chinese search; the analysis charts.
@Suite(.serialized) struct DeskRecordsTmuxTests {
    let console: ConsoleInTmux
    var log: String { console.log }
    var tmux: Tmux { console.tmux }
    let code: String

    /// A desk with member units, one locality and a roster whose first stretch covers now, beside
    /// a ledger with one case: the water bureau's, with a press conference 刘强 spoke at.
    init() throws {
        console = try ConsoleInTmux("desk-records")
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        func local(_ hours: Double) -> String {
            let moment = CivilTime(Date().addingTimeInterval(hours * 3600), in: zone)
            return String(format: "%04d-%02d-%02d %02d:%02d", moment.year, moment.month, moment.day, moment.hour, moment.minute)
        }
        try """
            [desk]
            timezone = "Asia/Shanghai"
            localities = ["城关镇"]

            [[units]]
            name = "县水务局"
            head = "张建国"
            liaison = "李敏"
            phone = "0000-8000005"
            leader = "刘副局长"
            leader-phone = "0000-8000105"

            [[units]]
            name = "县卫健委"
            head = "黄蓉"
            liaison = "林峰"
            phone = "0000-8000006"

            [[on-call]]
            name = "王芳"
            unit = "县政府办"
            phone = "13800000001"
            from = "\(local(-2))"
            to = "\(local(10))"

            [[on-call]]
            name = "赵磊"
            unit = "县网信办"
            phone = "13800000002"
            from = "\(local(10))"
            to = "\(local(22))"

            """.write(toFile: console.scratch.file("config.toml"), atomically: true, encoding: .utf8)
        code = try console.add(["--title", "城关镇自来水发黄", "--locality", "城关镇", "--unit", "县水务局"])
        #expect(try DeskBinary.run(["assign", code, "--unit", "县水务局"], log: console.log).status == 0)
        #expect(try DeskBinary.run(["press", code, "--speaker", "刘强", "--attendee", "刘强:发言人"], log: console.log).status == 0)
    }

    func expectScreen(_ what: String, within seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                      _ condition: (String) -> Bool) throws {
        try console.expectScreen(what, within: seconds, sourceLocation: sourceLocation, condition)
    }

    func openConsole() throws {
        try tmux.type("\(DeskBinary.path)", enter: true)
        try expectScreen("the console") { $0.contains("舆情值班台") && $0.contains(code) }
    }

    func quit() throws {
        try tmux.type("q")
        try expectScreen("the console has quit") { !$0.contains("舆情值班台") }
    }

    @Test func anAccountabilityDecisionIsRecordedFromTheConsole() throws {
        defer { console.scratch.remove() }
        try openConsole()
        try tmux.type("w")
        try expectScreen("the decision form, naming the selected case") { $0.contains("表彰·约谈·通报批评·问责") && $0.contains(code) }
        try tmux.type("2")                  // 约谈
        try tmux.type("1")                  // 县水务局
        try tmux.type("张建国")
        try tmux.press("Tab")
        try tmux.type("2")                  // 工作消极、不作为且整改不到位
        try tmux.press("Tab")
        try tmux.type("本周超时通报")
        try tmux.press("Tab")
        try tmux.type("周明")
        try tmux.press("C-s")
        try expectScreen("saved, and said so") { $0.contains("已记录：约谈：县水务局 张建国") }
        let report = try DeskBinary.run(["report", "accountability"], log: log)
        #expect(report.status == 0 && report.stdout.contains("张建国") && report.stdout.contains(code)
                && report.stdout.contains("周明"), "\(report.stdout)")
        try quit()
    }

    @Test func aMistakeIsToleratedFromTheConsole() throws {
        defer { console.scratch.remove() }
        try openConsole()
        try tmux.type("T")
        try expectScreen("the 容错 form with the speaker picked") { $0.contains("容错 · \(code)") && $0.contains("刘强") }
        try tmux.press("Tab")
        try tmux.type("发布会上数字口误，当场更正")
        try tmux.press("C-s")
        try expectScreen("saved") { $0.contains("容错：刘强") }
        let detail = try JSONParser.parse(try DeskBinary.run(["show", code, "--json"], log: log).stdout).objectValue
        let tolerated = detail?["tolerated"]?.arrayValue?.first?.objectValue
        #expect(tolerated?["person"] == .string("刘强") && tolerated?["reason"] == .string("发布会上数字口误，当场更正"),
                "\(String(describing: detail))")
        try quit()
    }

    @Test func anAssessmentIsRecordedAndACaseOpenedFromIt() throws {
        defer { console.scratch.remove() }
        try openConsole()
        try tmux.type("A")
        try expectScreen("the assessment screen, empty") { $0.contains("舆情风险评估 0 项") && $0.contains("尚无风险评估") }
        try tmux.type("n")
        try expectScreen("the assessment form") { $0.contains("拟出台决策") && $0.contains("处置预案") }
        try tmux.type("老旧小区加装电梯补贴办法")
        try tmux.press("Tab")
        try tmux.type("县住建局")
        try tmux.press("Enter")             // a unit the settings do not list
        try tmux.type("明天")
        try tmux.press("Tab")
        try tmux.type("1")                  // 舆情跟踪
        try tmux.press("Tab")
        try tmux.type("1")                  // 高
        try tmux.type("低楼层住户可能集中反对")
        try tmux.press("Tab")
        try tmux.type("逐栋征求意见，出台当日解读")
        try tmux.press("Tab")
        try tmux.type("周明")
        try tmux.press("C-s")
        try expectScreen("saved and listed in full") {
            $0.contains("舆情风险评估 1 项") && $0.contains("FX-") && $0.contains("逐栋征求意见，出台当日解读")
        }
        let listed = try JSONParser.parse(try DeskBinary.run(["assessments", "--json"], log: log).stdout).arrayValue
        let assessment = try #require(listed?.first?.objectValue)
        #expect(assessment["title"] == .string("老旧小区加装电梯补贴办法") && assessment["unit"] == .string("县住建局")
                && assessment["riskLevel"] == .string("高") && assessment["reviewedBy"] == .string("周明"), "\(assessment)")

        try tmux.type("c")
        try expectScreen("the intake carrying the assessment") {
            $0.contains("电话登记") && $0.contains(assessment["code"]?.stringValue ?? "FX-")
        }
        try tmux.type("加装电梯引发低楼层住户不满")
        try tmux.press("Tab")
        try tmux.type("1")                  // 城关镇
        try tmux.press("C-s")
        try expectScreen("the case is listed under its assessment") { $0.contains("据此立案") && $0.contains("加装电梯引发") }
        let after = try JSONParser.parse(try DeskBinary.run(["assessments", "--json"], log: log).stdout).arrayValue
        #expect(after?.first?.objectValue?["cases"]?.arrayValue?.count == 1)
        try quit()
    }

    @Test func theDirectoryOpensAtTheCasesUnitsAndSearchesInChinese() throws {
        defer { console.scratch.remove() }
        try openConsole()
        try tmux.press("Enter")
        try expectScreen("the case") { $0.contains("事件详情 · \(code)") }
        try tmux.type("C")
        try expectScreen("the directory at the case, with who is on call") {
            $0.contains("通讯录") && $0.contains("● 县水务局") && $0.contains("王芳") && !$0.contains("赵磊")
                && $0.contains("刘副局长")
        }
        try tmux.type("/")
        try tmux.type("林峰")
        try expectScreen("narrowed while typed") { $0.contains("县卫健委") && !$0.contains("● 县水务局") }
        try tmux.press("Enter", "Escape")
        try expectScreen("back at the case") { $0.contains("事件详情 · \(code)") }
        try quit()
    }

    @Test func theAnalysisChartsOfTheMonthAndOfTheCase() throws {
        defer { console.scratch.remove() }
        try openConsole()
        try tmux.type("Y")
        try expectScreen("the month's analysis as bars") { $0.contains("舆情分析") && $0.contains("█") && $0.contains("值班电话") }
        try tmux.press("Escape", "Enter")
        try expectScreen("the case") { $0.contains("事件详情 · \(code)") }
        try tmux.type("Y")
        try expectScreen("the case's analysis") { $0.contains("舆情分析") && $0.contains(code) && $0.contains("发布会") }
        try quit()
    }
}
