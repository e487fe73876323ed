import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// 第一时间报告 through the real binary: the clock on the list, the step, the figures.
@Suite struct FirstReportCommandTests {
    @Test func aMajorOpinionIsReportedToBothOfficesOrCountsAsLate() throws {
        let scratch = try Scratch("first-report")
        defer { scratch.remove() }
        let log = scratch.file("ledger.jsonl")
        func desk(_ arguments: String...) throws -> DeskBinary.Output { try DeskBinary.run(arguments, log: log) }
        let code = try desk("add", "--title", "网传县城取消学区划片", "--locality", "城关镇", "--level", "重大",
                            "--discovered", "-30m").lines[0]
        let listed = try JSONParser.parse(try desk("list", "--json").stdout).arrayValue?.first?.objectValue
        #expect(listed?["deadlineKind"] == .string("response"), "the opinion level sets no release clock")
        #expect(try desk("list").stdout.contains("报 00:"), "the first-report clock leads the row")
        #expect(try desk("report-to", code, "--to", "县政府办公室", "--method", "信鸽").status == 2)
        #expect(try desk("report-to", code, "--to", "县政府办公室", "--method", "值班电话", "--text", "电话报告").status == 0)
        #expect(try desk("report-to", code, "--to", "县网信办", "--method", "网络舆情沟通平台").status == 0)
        #expect(!(try desk("list").stdout.contains("报 ")), "reported to both: the clock is gone")
        let detail = try JSONParser.parse(try desk("show", code, "--json").stdout).objectValue
        #expect(detail?["upwardReports"]?.arrayValue?.count == 2)
        // 归口报送: the category names who sends it to the leaders; it also went up to the higher authority.
        #expect(try desk("triage", code, "--category", "网络舆情").status == 0)
        #expect(try desk("report-to", code, "--to", "市网信办", "--method", "书面", "--scope", "上级机关").status == 0)
        let brief = try desk("report", "case", code).stdout
        #expect(brief.contains("网络舆情 → 网宣部门") && brief.contains("| 市网信办 | 上级机关 | 书面 |"), "\(brief)")

        let late = try desk("add", "--title", "化工园区异味", "--locality", "临江镇", "--level", "特别重大",
                            "--discovered", "-3h").lines[0]
        let stats = try JSONParser.parse(try desk("report", "stats", "--format", "json", "--from", "昨天", "--to", "今天").stdout)
        let facts = stats.objectValue?["facts"]?.objectValue
        #expect(facts?["firstReportsMissed"] == .int(1), "\(String(describing: facts))")
        let notice = try desk("report", "overdue", "--from", "昨天", "--to", "今天").stdout
        #expect(notice.contains(late) && notice.contains("第一时间报告"), "\(notice)")
    }
}
