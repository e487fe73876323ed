import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// 表彰·约谈·通报批评·问责 and 容错 through the real binary.
@Suite struct AccountabilityCommandTests {
    @Test func aDecisionRestsOnCasesAndATolerationOnSomeoneWhoSpoke() throws {
        let scratch = try Scratch("accountability")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        func desk(_ arguments: String...) throws -> DeskBinary.Output { try DeskBinary.run(arguments, log: log) }
        let code = try desk("add", "--title", "供暖不达标", "--locality", "城北街道", "--unit", "县住建局",
                            "--discovered", "-60h").lines[0]
        #expect(try desk("respond", code, "--method", "政务微博", "--spokesperson", "刘强", "--at", "-5h").status == 0)
        #expect(try desk("accountability", "--measure", "约谈", "--unit", "县住建局", "--trigger", "工作消极",
                         "--case", "YQ-20991231-001", "--decided-by", "王县长").status == 1, "an unknown case is refused")
        #expect(try desk("accountability", "--measure", "嘉奖", "--unit", "县住建局", "--trigger", "工作消极",
                         "--decided-by", "王县长").status == 2)
        #expect(try desk("accountability", "--measure", "约谈", "--unit", "县住建局", "--trigger", "回应不及时",
                         "--case", code.lowercased(), "--report", "本月超时通报", "--decided-by", "王县长").status == 0)
        let refused = try desk("tolerate", code, "--person", "张三", "--reason", "口误")
        #expect(refused.status == 1 && refused.stderr.contains("出面回应的人员：刘强"), "\(refused.stderr)")
        #expect(try desk("tolerate", code, "--person", "刘强", "--reason", "发布会口误已及时更正").status == 0)

        let report = try JSONParser.parse(try desk("report", "accountability", "--format", "json", "--from", "昨天").stdout)
        let sections = report.objectValue?["sections"]?.arrayValue?.compactMap(\.objectValue) ?? []
        func rows(_ key: String) -> [JSONObject] {
            sections.first { $0["key"] == .string(key) }?["rows"]?.arrayValue?.compactMap(\.objectValue) ?? []
        }
        #expect(rows("decisions").first?["caseCodes"] == .string(code), "codes are kept as the desk writes them")
        #expect(rows("byUnitMeasures").first?["interview"] == .int(1))
        #expect(rows("tolerated").first?["person"] == .string("刘强"))
        let notice = try desk("report", "overdue", "--from", "昨天").stdout
        #expect(notice.contains("| 刘强 |"), "the toleration shows where the case counts\n\(notice)")
    }

    /// 舆情风险评估 before a decision; when opinion follows, the case carries the assessment and its plan.
    @Test func aRiskAssessmentComesBeforeTheCaseThatFollowsIt() throws {
        let scratch = try Scratch("assessment")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        func desk(_ arguments: String...) throws -> DeskBinary.Output { try DeskBinary.run(arguments, log: log) }
        #expect(try desk("assess", "--title", "公交8路线路调整", "--unit", "县交通局", "--planned", "今天", "--risk", "极高",
                         "--reviewed-by", "王县长").status == 2)
        let assessed = try desk("assess", "--title", "公交8路线路调整", "--unit", "县交通局", "--planned", "今天",
                                "--method", "抽样调查", "--method", "会商分析", "--risk", "高", "--risks", "沿线居民出行不便",
                                "--plan", "提前公示、开通接驳车", "--reviewed-by", "王县长")
        #expect(assessed.status == 0, "\(assessed.stderr)")
        let code = try #require(assessed.lines.first)
        #expect(code.wholeMatch(of: /FX-\d{8}-001/) != nil)
        #expect(try desk("add", "--title", "x", "--locality", "城南街道", "--assessment", "FX-20990101-001").status == 1)
        let opened = try desk("add", "--title", "公交8路调整引发不满", "--locality", "城南街道", "--assessment", code).lines[0]
        let brief = try desk("report", "case", opened).stdout
        #expect(brief.contains("提前公示、开通接驳车") && brief.contains(code), "\(brief)")
        let listed = try JSONParser.parse(try desk("assessments", "--json").stdout).arrayValue?.first?.objectValue
        #expect(listed?["cases"] == .array([.string(opened)]) && listed?["riskLevelCode"] == .string("high"))
    }
}
