import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// Issue 9's sequences through the real binary: ordinary commands that used to change the
/// figures a supervisor relies on, silently.
@Suite struct AssessmentCommandTests {
    let scratch: Scratch
    let log: String

    init() throws {
        scratch = try Scratch("assessment")
        log = scratch.file("ledger.jsonl")
    }

    func desk(_ arguments: String...) throws -> DeskBinary.Output { try DeskBinary.run(arguments, log: log) }

    func json(_ arguments: String...) throws -> JSONValue {
        let output = try DeskBinary.run(arguments, log: log)
        #expect(output.status == 0, "\(arguments): \(output.stderr)")
        return try JSONParser.parse(output.stdout)
    }

    func rows(_ report: JSONValue, _ section: String) -> [JSONObject] {
        let found = report.objectValue?["sections"]?.arrayValue?.first { $0.objectValue?["key"] == .string(section) }
        return found?.objectValue?["rows"]?.arrayValue?.compactMap(\.objectValue) ?? []
    }

    func stats(_ report: JSONValue) -> JSONObject { report.objectValue?["facts"]?.objectValue ?? JSONObject() }

    /// The last week of local days, so a case discovered two days ago is in the period.
    var lastWeek: [String] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let day = calendar.dateComponents([.year, .month, .day], from: Date().addingTimeInterval(-7 * 86_400))
        return ["--from", String(format: "%04d-%02d-%02d", day.year!, day.month!, day.day!), "--to", "今天"]
    }

    func report(_ kind: String) throws -> JSONValue {
        let output = try DeskBinary.run(["report", kind, "--format", "json"] + lastWeek, log: log)
        #expect(output.status == 0, "\(kind): \(output.stderr)")
        return try JSONParser.parse(output.stdout)
    }

    @Test func aBackDatedClosureLeavesTheCaseOverdueInTheNoticeAndTheStats() throws {
        defer { scratch.remove() }
        let code = try desk("add", "--title", "网传某小区停水三天", "--locality", "城关镇", "--discovered", "-50h").lines[0]
        #expect(try desk("close", code, "--reason", "办结", "--at", "-3h").status == 0)
        let notice = try report("overdue")
        let missed = rows(notice, "missed")
        #expect(missed.count == 1 && missed.first?["code"] == .string(code), "\(missed)")
        #expect(missed.first?["lateBy"]?.intValue.map { (7100...7300) ~= $0 } == true, "late until the closure was typed")
        let figures = stats(try report("stats"))
        #expect(figures["judged"] == .int(1) && figures["overdue"] == .int(1), "\(figures)")
    }

    @Test func aCorrectionCannotRestartTheClockAndIsListedWithItsReason() throws {
        defer { scratch.remove() }
        let code = try desk("add", "--title", "网传学校食堂问题", "--locality", "城关镇", "--discovered", "-64h").lines[0]
        #expect(try desk("correct", code, "--field", "发现时间", "--value", "-1m").status == 2, "no reason, no correction")
        // Typed a moment after recording, -1m is still before it: allowed, and the breach stays.
        #expect(try desk("correct", code, "--field", "发现时间", "--value", "-1m", "--reason", "来电记录更晚").status == 0)
        let notice = try report("overdue")
        #expect(rows(notice, "missed").first?["code"] == .string(code), "the clock did not restart in the figures")
        let corrections = rows(notice, "corrections")
        #expect(corrections.count == 1 && corrections.first?["reason"] == .string("来电记录更晚"), "\(corrections)")
        #expect(corrections.first?["recordedBy"] == .string("测试员"))
        let brief = try json("report", "case", code, "--format", "json")
        #expect(rows(brief, "corrections").first?["reason"] == .string("来电记录更晚"))
        let shown = try desk("show", code).stdout
        #expect(!shown.contains("+08:00") && !shown.contains("Z」") && shown.contains("来电记录更晚"),
                "the timeline shows times in the desk's format\n\(shown)")
        #expect(try desk("respond", code, "--method", "政务微博", "--at", "-50s").status == 0)
        let afterRelease = try desk("correct", code, "--field", "发现时间", "--value", "-45s", "--reason", "再改")
        #expect(afterRelease.status == 1 && afterRelease.stderr.contains("已发生的事项"), "\(afterRelease.stderr)")
    }

    @Test func aLateRecordedResponseCountsWhenItHappenedAndIsShownAsSuch() throws {
        defer { scratch.remove() }
        let code = try desk("add", "--title", "网传自来水发黄", "--locality", "城关镇", "--discovered", "-50h").lines[0]
        #expect(try desk("respond", code, "--method", "政务微博", "--text", "情况通报", "--at", "-4h").status == 0)
        let notice = try report("overdue")
        #expect(rows(notice, "missed").isEmpty)
        let late = rows(notice, "lateRecorded")
        #expect(late.count == 1 && late.first?["recordedBy"] == .string("测试员"), "\(late)")
        let figures = stats(try report("stats"))
        #expect(figures["lateRecorded"] == .int(1) && figures["judged"] == .int(1) && figures["share"]?.doubleValue == 1, "\(figures)")
    }

    @Test func releasesAreNumberedByWhenTheyHappenedEverywhere() throws {
        defer { scratch.remove() }
        let code = try desk("add", "--title", "化工园区异味", "--locality", "临江镇", "--grade", "重大", "--discovered", "-20h").lines[0]
        #expect(try desk("press", code, "--at", "-10h", "--attendee", "王县长:负责人").status == 0)
        #expect(try desk("respond", code, "--method", "发布权威信息", "--text", "甲", "--at", "-5h").status == 0)
        #expect(try desk("respond", code, "--method", "发布权威信息", "--text", "乙", "--at", "-8h").status == 0)
        let detail = try json("show", code, "--json")
        let names = detail.objectValue?["releaseList"]?.arrayValue?.compactMap { $0.objectValue?["name"]?.stringValue }
        #expect(names == ["首次回应", "续报一", "续报二"])
        let shown = try desk("show", code).stdout
        #expect(shown.contains("续报一（发布权威信息）：乙") && shown.contains("续报二（发布权威信息）：甲"), "\(shown)")
        let brief = rows(try json("report", "case", code, "--format", "json"), "responses")
        #expect(brief.map { $0["release"] } == [.string("首次回应"), .string("续报一"), .string("续报二")])
    }

    @Test func onlyAUnitWithARoleAcknowledgesAndGivesFeedback() throws {
        defer { scratch.remove() }
        let code = try desk("add", "--title", "供暖不达标", "--locality", "城北街道", "--discovered", "-1h").lines[0]
        let size = try FileManager.default.attributesOfItem(atPath: log)[.size] as? Int
        let refused = try desk("acknowledge", code, "--unit", "不相干单位")
        #expect(refused.status == 1 && refused.stderr.contains("还没有责任单位"), "\(refused.stderr)")
        #expect(try desk("assign", code, "--unit", "县住建局").status == 0)
        let named = try desk("feedback", code, "--unit", "不相干单位", "--text", "已处理")
        #expect(named.status == 1 && named.stderr.contains("有角色的单位：县住建局"), "\(named.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: log)[.size] as? Int != size, "only the assignment was added")
        #expect(try desk("acknowledge", code, "--unit", "县住建局").status == 0)
        #expect(try desk("feedback", code, "--unit", "县住建局", "--text", "已入户测温并调整", "--at", "-10m").status == 0)
        let detail = try json("show", code, "--json")
        let feedback = detail.objectValue?["feedback"]?.arrayValue?.first?.objectValue
        #expect(feedback?["unit"] == .string("县住建局") && feedback?["text"] == .string("已入户测温并调整"))
        #expect(rows(try json("report", "case", code, "--format", "json"), "feedback").count == 1)
    }

    @Test func aLaterTriageKeepsWhatItDoesNotNameAndTheLevelIsApart() throws {
        defer { scratch.remove() }
        let code = try desk("add", "--title", "网传政策取消", "--locality", "城关镇").lines[0]
        #expect(try desk("triage", code, "--level", "重大", "--class", "社会热点问题", "--verification", "部分属实").status == 0)
        #expect(try desk("triage", code, "--risk", "高").status == 0)
        #expect(try desk("triage", code).status == 1, "a judgement must name something")
        let detail = try json("show", code, "--json").objectValue ?? JSONObject()
        #expect(detail["warningClass"] == .string("社会热点问题"), "the class survives a triage without --class")
        #expect(detail["verification"] == .string("有一定根据"))
        #expect(detail["levelCode"] == .string("major") && detail["gradeCode"] == .string("none"))
        #expect(detail["deadlineKind"] == .string("response"), "a major opinion with no emergency keeps the 48 h clock")
        let judgement = detail["judgement"]?.objectValue
        #expect(judgement?["riskLevel"]?.objectValue?["by"] == .string("测试员"))
        let majorOnly = try JSONParser.parse(try desk("list", "--json", "--level", "重大").stdout).arrayValue
        #expect(majorOnly?.count == 1)
        #expect(try desk("list", "--level", "huge").status == 2)
    }
}
